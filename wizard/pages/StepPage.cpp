#include "pages/StepPage.h"

#include "pages/WizardContext.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace insightly {

StepPage::StepPage(WizardContext &context, const QString &objectName, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setObjectName(objectName);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(objectName + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    m_content = new QVBoxLayout(inner);
    m_notice = new QLabel(inner);
    m_notice->setObjectName(QStringLiteral("notBuiltNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->hide();
    m_content->addWidget(m_notice);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 5);

    m_instructions = new QLabel(this);
    m_instructions->setObjectName(QStringLiteral("instructions"));
    m_instructions->setAccessibleName(tr("Instructions for this step"));
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::RichText);
    m_instructions->setOpenExternalLinks(true);
    m_instructions->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_instructions->setFrameShape(QFrame::StyledPanel);
    m_instructions->setMargin(10);
    m_instructions->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *instructionsScroll = new QScrollArea(this);
    instructionsScroll->setWidgetResizable(true);
    instructionsScroll->setFrameShape(QFrame::NoFrame);
    instructionsScroll->setWidget(m_instructions);
    // The article's words beside the work, narrower than the work itself (embedded pages need the room).
    instructionsScroll->setMinimumWidth(200);
    instructionsScroll->setMaximumWidth(320);
    outer->addWidget(instructionsScroll, 2);
    instructionsScroll->hide();
    m_instructions->setProperty("container", QVariant::fromValue<QObject *>(instructionsScroll));
}

void StepPage::setInstructions(const QString &html)
{
    m_instructions->setText(html);
    if (auto *container = qobject_cast<QWidget *>(m_instructions->property("container").value<QObject *>()))
        container->setVisible(!html.isEmpty());
}

void StepPage::setNotBuilt(const QString &whatIsMissing)
{
    m_notBuilt = true;
    m_notice->setText(QStringLiteral("<b>%1</b><br>%2")
                          .arg(tr("Not available in this version yet."), whatIsMissing.toHtmlEscaped()));
    m_notice->setAccessibleName(tr("Not available in this version yet."));
    m_notice->show();
    emit completeChanged();
}

bool StepPage::isComplete() const
{
    return !m_notBuilt && QWizardPage::isComplete();
}

} // namespace insightly

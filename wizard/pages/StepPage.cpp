#include "pages/StepPage.h"

#include "pages/WizardContext.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace insightly {

StepPage::StepPage(WizardContext &context, const QString &objectName, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setObjectName(objectName);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *scroll = m_scroll = new QScrollArea(this);
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
    m_instructions->setAccessibleDescription(QString());
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::RichText);
    m_instructions->setOpenExternalLinks(true);
    m_instructions->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_instructions->setFrameShape(QFrame::StyledPanel);
    m_instructions->setMargin(10);
    m_instructions->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *instructionsScroll = m_instructionsScroll = new QScrollArea(this);
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
    m_instructions->setAccessibleDescription(QTextDocumentFragment::fromHtml(html).toPlainText());
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

QTabWidget *StepPage::browserPane()
{
    if (m_browsers)
        return m_browsers;
    auto *outer = static_cast<QHBoxLayout *>(layout());
    outer->removeWidget(m_scroll);
    outer->removeWidget(m_instructionsScroll);
    // Left: the article's words, then the page's controls (they scroll on their own when the screen is
    // small). Right: the browsers, at the page's full height.
    auto *left = new QWidget(this);
    left->setObjectName(objectName() + QStringLiteral("Controls"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_instructionsScroll->setParent(left);
    m_instructionsScroll->setMaximumWidth(QWIDGETSIZE_MAX);
    m_instructionsScroll->setMinimumWidth(0);
    // A few lines of the article; longer text scrolls inside its own frame.
    m_instructionsScroll->setMaximumHeight(fontMetrics().lineSpacing() * 9 + 24);
    leftLayout->addWidget(m_instructionsScroll);
    m_scroll->setParent(left);
    leftLayout->addWidget(m_scroll, 1);
    m_footer = new QVBoxLayout;
    leftLayout->addLayout(m_footer);
    m_browsers = new QTabWidget(this);
    m_browsers->setObjectName(objectName() + QStringLiteral("Browsers"));
    m_browsers->setAccessibleName(tr("Embedded browsers"));
    m_browsers->setDocumentMode(true);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(objectName() + QStringLiteral("Splitter"));
    m_splitter->setChildrenCollapsible(false);
    // A horizontal QSplitter only prefers its height; the page must take the wizard's whole height (QWizard
    // puts a spacer under a page that does not expand vertically).
    m_splitter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_browsers);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_controlsPane = left;
    m_browsers->setMinimumWidth(360);
    // The controls never scroll sideways: the pane is at least as wide as they need (the browsers give way).
    m_scroll->widget()->installEventFilter(this);
    fitControlsPane();
    outer->addWidget(m_splitter);
    m_instructionsScroll->setVisible(!m_instructions->text().isEmpty());
    return m_browsers;
}

bool StepPage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_scroll && watched == m_scroll->widget() && event->type() == QEvent::LayoutRequest)
        fitControlsPane();
    return QWizardPage::eventFilter(watched, event);
}

void StepPage::fitControlsPane()
{
    if (!m_controlsPane)
        return;
    const int needed = m_scroll->widget()->minimumSizeHint().width() +
                       m_scroll->verticalScrollBar()->sizeHint().width() + m_scroll->frameWidth() * 2;
    m_controlsPane->setMinimumWidth(qMax(320, needed));
}

QVBoxLayout *StepPage::controlsFooter()
{
    browserPane();
    return m_footer;
}

void StepPage::bringIntoView(QWidget *widget)
{
    if (widget && widget->isVisibleTo(this))
        m_scroll->ensureWidgetVisible(widget, 0, 12);
}

bool StepPage::isComplete() const
{
    return !m_notBuilt && QWizardPage::isComplete();
}

} // namespace insightly

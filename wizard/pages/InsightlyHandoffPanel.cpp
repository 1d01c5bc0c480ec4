#include "pages/InsightlyHandoffPanel.h"
#include "pages/PageWidgets.h"

#include "browser/BrowserPage.h"
#include "browser/EmbeddedBrowser.h"
#include "pages/InsightlyTab.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace insightly {

InsightlyHandoffPanel::InsightlyHandoffPanel(InsightlyTab *tab, QWidget *parent)
    : QGroupBox(tr("Upload the certificate to Insightly"), parent)
    , m_tab(tab)
{
    setObjectName(QStringLiteral("samlHandoffPanel"));
    // Steps above, Insightly's page below at the full width of the page: Insightly's settings page needs room
    // (a narrow tab hides the file field the admin must click).
    auto *outer = new QVBoxLayout(this);
    m_steps = new QLabel(
        tr("<ol><li>Sign in to Insightly in the tab (an administrator account).</li>"
           "<li>Open <b>System Settings › Security › SAML and SCIM</b> — <i>Open Insightly's SAML "
           "settings</i> does it for you.</li>"
           "<li>Under the identity provider certificate, click the file field: the wizard "
           "offers <b>Insightly SAML.cer</b> already chosen.</li>"
           "<li>Click <b>Upload</b>.</li>"
           "<li>Do <b>not</b> tick <i>Enforce SAML Login</i> yet: test the sign-in first.</li></ol>"),
        this);
    m_steps->setObjectName(QStringLiteral("samlHandoffSteps"));
    m_steps->setAccessibleName(tr("Steps to upload the certificate in Insightly"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    outer->addWidget(m_steps);
    auto *actions = new QHBoxLayout;
    m_open =
        makeButton(this, QStringLiteral("samlOpenInsightlyButton"), tr("&Open Insightly's SAML settings"),
                   tr("Open Insightly's SAML settings in the tab"));
    actions->addWidget(m_open);
    m_fileStatus = new QLabel(this);
    m_fileStatus->setObjectName(QStringLiteral("samlHandoffFileStatus"));
    m_fileStatus->setAccessibleName(tr("Certificate offered to Insightly"));
    m_fileStatus->setWordWrap(true);
    actions->addWidget(m_fileStatus, 1);
    outer->addLayout(actions);
    m_tabArea = new QVBoxLayout;
    outer->addLayout(m_tabArea, 1);

    connect(m_open, &QPushButton::clicked, this, [this] { m_tab->openSettingsPage(); });
    connect(m_tab->browser(), &EmbeddedBrowser::pageCreated, this,
            [this](BrowserPage *) { setCertificateFile(m_certificatePath); });
}

void InsightlyHandoffPanel::attachTab()
{
    m_tab->showIn(m_tabArea);
    setCertificateFile(m_certificatePath);
}

void InsightlyHandoffPanel::setCertificateFile(const QString &path)
{
    m_certificatePath = path;
    if (path.isEmpty())
        return;
    BrowserPage *page = m_tab->browser()->page();
    page->setPreselectedFiles({QFileInfo(path).absoluteFilePath()});
    m_fileStatus->setText(tr("Insightly's file field will get %1.").arg(QDir::toNativeSeparators(path)));
    disconnect(page, &BrowserPage::fileChooserAnswered, this, nullptr);
    connect(page, &BrowserPage::fileChooserAnswered, this, [this](const QStringList &files) {
        m_fileStatus->setText(tr("%1 was chosen in Insightly; now click Upload.")
                                  .arg(QDir::toNativeSeparators(files.value(0))));
    });
}

} // namespace insightly

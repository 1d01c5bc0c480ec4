#include "pages/InsightlyHandoffPanel.h"
#include "pages/PageWidgets.h"

#include "browser/BrowserPage.h"
#include "browser/EmbeddedBrowser.h"
#include "flows/CertificateHandoff.h"
#include "pages/InfoLabel.h"
#include "pages/InsightlyTab.h"
#include "saml/UntrustedParsing.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace insightly {

InsightlyHandoffPanel::InsightlyHandoffPanel(InsightlyTab *tab, Purpose purpose, QWidget *parent)
    : QGroupBox(purpose == Purpose::Rotation ? tr("Upload the new certificate to Insightly")
                                             : tr("Upload the certificate to Insightly"),
                parent)
    , m_tab(tab)
    , m_handoff(new CertificateHandoff(this))
{
    setObjectName(QStringLiteral("samlHandoffPanel"));
    auto *outer = new QVBoxLayout(this);
    m_steps = new InfoLabel(QStringLiteral("samlHandoffSteps"),
                            tr("Steps to upload the certificate in Insightly"), this);
    m_steps->setTextFormat(Qt::RichText);
    const QString common =
        tr("<li>In the Insightly tab, sign in as an administrator and open <b>System Settings › Security › "
           "SAML and SCIM</b> — <i>Open Insightly's SAML settings</i> does it for you.</li>"
           "<li>Click the identity provider certificate's file field: the wizard offers <b>Insightly "
           "SAML.cer</b> already chosen.</li><li>Click <b>Upload</b>.</li>");
    m_steps->setText(purpose == Purpose::Rotation
                         ? QStringLiteral("<ol>%1<li>%2</li></ol>")
                               .arg(common, tr("Then activate the new certificate here at once: sign-ins "
                                               "fail between the upload and the activation."))
                         : QStringLiteral("<ol>%1<li>%2</li></ol>")
                               .arg(common, tr("Do <b>not</b> tick <i>Enforce SAML Login</i> yet: test the "
                                               "sign-in first.")));
    outer->addWidget(m_steps);
    auto *actions = new QHBoxLayout;
    m_open =
        makeButton(this, QStringLiteral("samlOpenInsightlyButton"), tr("&Open Insightly's SAML settings"),
                   tr("Open Insightly's SAML settings in the Insightly tab"));
    actions->addWidget(m_open);
    m_fileStatus =
        new InfoLabel(QStringLiteral("samlHandoffFileStatus"), tr("Certificate offered to Insightly"), this);
    actions->addWidget(m_fileStatus, 1);
    outer->addLayout(actions);

    connect(m_open, &QPushButton::clicked, this, [this] {
        Q_EMIT insightlyWanted();
        m_tab->openSettingsPage();
    });
    connect(m_tab->browser(), &EmbeddedBrowser::pageCreated, this,
            [this](BrowserPage *) { setCertificateFile(m_handoff->file()); });
    connect(m_handoff, &CertificateHandoff::changed, this, &InsightlyHandoffPanel::showState);
    showState();
}

void InsightlyHandoffPanel::attachTab(QVBoxLayout *area)
{
    m_tab->showIn(area);
    setCertificateFile(m_handoff->file());
}

void InsightlyHandoffPanel::setCertificateFile(const QString &path)
{
    if (path.isEmpty())
        return;
    m_handoff->offer(path);
    watchPage();
    learnThumbprint(path);
}

void InsightlyHandoffPanel::signInTested(bool passed)
{
    m_handoff->signInTested(passed);
}

QCoro::Task<> InsightlyHandoffPanel::learnThumbprint(QString path)
{
    // A file on disk is read as untrusted input: bounded, and parsed off the GUI thread.
    constexpr qint64 kMaximumCertificateFile = 64 * 1024;
    QPointer<InsightlyHandoffPanel> self(this);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        co_return;
    const CertificateLoadResult loaded = co_await loadCertificatesAsync(file.read(kMaximumCertificateFile));
    if (self && loaded.ok())
        m_handoff->learnThumbprint(path, loaded.certificates.first().thumbprint());
}

void InsightlyHandoffPanel::watchPage()
{
    BrowserPage *page = m_tab->browser()->page();
    page->setPreselectedFiles({QFileInfo(m_handoff->file()).absoluteFilePath()});
    disconnect(page, &BrowserPage::fileChooserAnswered, this, nullptr);
    connect(page, &BrowserPage::fileChooserAnswered, this,
            [this](const QStringList &files) { m_handoff->chosenInInsightly(files.value(0)); });
    // After the admin's Upload, Insightly shows its settings again: what it holds now, if it says.
    disconnect(page, &QWebEnginePage::loadFinished, this, nullptr);
    connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok || m_handoff->state() == CertificateHandoff::State::NoFile)
            return;
        QPointer<InsightlyHandoffPanel> self(this);
        m_tab->readUploadedThumbprint([self](const QString &thumbprint) {
            if (self)
                self->m_handoff->insightlyShows(thumbprint);
        });
    });
}

void InsightlyHandoffPanel::showState()
{
    using State = CertificateHandoff::State;
    m_fileStatus->setText(m_handoff->state() == State::NoFile ? QString() : m_handoff->sentence());
    // Once Insightly proved it holds the certificate, the upload steps are history: room for the next action.
    m_steps->setVisible(m_handoff->state() != State::ProvenBySignIn);
}

} // namespace insightly

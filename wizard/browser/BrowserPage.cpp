#include "browser/BrowserPage.h"

#include "core/SecretRedaction.h"

#include "core/LogCategories.h"
#include "core/TlsProblem.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebEngineCertificateError>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace insightly {

namespace {
const QString kSamlScriptName = QStringLiteral("saml-capture");
const QString kSamlPrefix = QStringLiteral("SAMLCAPTURE:");

// The `formdata` event fires for every submission, including the programmatic form.submit() of an
// auto-posting SAML page, and crosses into the isolated world; console.log is a single IPC message with no
// handshake race.
const char kSamlCaptureJs[] = R"JS(
document.addEventListener('formdata', function (e) {
    var v = e.formData.get('SAMLResponse');
    if (v === null) return;
    var action = (e.target && e.target.action) ? e.target.action : '';
    console.log('SAMLCAPTURE:' + JSON.stringify({ action: action, value: String(v) }));
}, true);
)JS";
TlsProblemKind problemKind(QWebEngineCertificateError::Type type)
{
    switch (type) {
    case QWebEngineCertificateError::CertificateAuthorityInvalid:
    case QWebEngineCertificateError::CertificateKnownInterceptionBlocked:
        return TlsProblemKind::UntrustedIssuer;
    case QWebEngineCertificateError::CertificateDateInvalid:
    case QWebEngineCertificateError::CertificateValidityTooLong:
        return TlsProblemKind::Expired;
    case QWebEngineCertificateError::CertificateCommonNameInvalid:
    case QWebEngineCertificateError::CertificateNonUniqueName:
    case QWebEngineCertificateError::CertificateNameConstraintViolation:
        return TlsProblemKind::WrongName;
    case QWebEngineCertificateError::CertificateRevoked:
        return TlsProblemKind::Revoked;
    default:
        break;
    }
    return TlsProblemKind::Other;
}

} // namespace

BrowserPage::BrowserPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::certificateError, this, [this](const QWebEngineCertificateError &error) {
        QWebEngineCertificateError copy = error; // accept/reject are non-const
        if (m_trust && m_trust(copy)) {
            qCInfo(lcBrowser) << "certificate error accepted by the application's trust policy for"
                              << copy.url().host();
            return;
        }
        qCWarning(lcBrowser) << "certificate error rejected for" << copy.url().host() << copy.description();
        copy.rejectCertificate();
        emit certificateRejected(copy.url(),
                                 TlsProblem::describe(copy.url().host(), problemKind(copy.type()),
                                                      copy.description()));
    });
    connect(this, &QWebEnginePage::newWindowRequested, this,
            [this](QWebEngineNewWindowRequest &request) { emit popupRequested(request.requestedUrl()); });
}

void BrowserPage::enableSamlCapture()
{
    if (!scripts().find(kSamlScriptName).isEmpty())
        return;
    QWebEngineScript script;
    script.setName(kSamlScriptName);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(true);
    script.setSourceCode(QString::fromLatin1(kSamlCaptureJs));
    scripts().insert(script);
}

bool BrowserPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && m_redirectMatches && m_redirectMatches(url)) {
        // Cancelled before the request exists: nothing is sent to the redirect URI's host.
        emit redirectCaught(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

QStringList BrowserPage::chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                                     const QStringList &acceptedMimeTypes)
{
    if (m_preselected.isEmpty())
        return QWebEnginePage::chooseFiles(mode, oldFiles, acceptedMimeTypes);
    // Chromium lets the page read only files it was given by their plain, canonical path: a path through
    // "..", "." or a symbolic link is refused at upload time (ERR_ACCESS_DENIED), after the admin clicked
    // Upload.
    QStringList files;
    for (const QString &path : mode == FileSelectOpen ? m_preselected.mid(0, 1) : m_preselected) {
        const QFileInfo info(path);
        files << (info.exists() ? info.canonicalFilePath() : info.absoluteFilePath());
    }
    emit fileChooserAnswered(files);
    return files;
}

void BrowserPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                           int lineNumber, const QString &sourceId)
{
    // Only our own user script may report a capture (a page could fake the source id, so the value is still
    // checked by SamlResponseCheck, never trusted).
    if (sourceId == QStringLiteral("userscript:") + kSamlScriptName && message.startsWith(kSamlPrefix)) {
        const QJsonDocument doc = QJsonDocument::fromJson(message.mid(kSamlPrefix.size()).toUtf8());
        const QString value = doc[QStringLiteral("value")].toString();
        // Chromium may build the form data of one submission more than once; a SAML response carries a unique
        // ID, so the same value twice is the same submission.
        if (value == m_lastCapturedSaml)
            return;
        m_lastCapturedSaml = value;
        registerSecret(value); // a signed assertion: never in a log
        emit samlResponseCaptured(value, QUrl(doc[QStringLiteral("action")].toString()));
        return;
    }
    QWebEnginePage::javaScriptConsoleMessage(level, message, lineNumber, sourceId);
}

} // namespace insightly

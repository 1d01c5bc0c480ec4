#include "InsightlySettingsPage.h"

#include "InsightlyCertificateFile.h"
#include "InsightlyModule.h"
#include "MultipartForm.h"

#include <QDateTime>
#include <QLocale>

namespace sim {

namespace {

QString checked(bool on)
{
    return on ? QStringLiteral(" checked") : QString();
}

QString formatUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

InsightlyUser *InsightlySettingsPage::settingsAdmin(const Request &request, Response *refusal)
{
    InsightlyUser *user = m_site.sessionUser(request);
    if (!user) {
        *refusal = request.method == "GET"
                       ? m_site.loginRedirect(request)
                       : Response::redirect(QUrl(QStringLiteral("/User/Login?ReturnUrl=%2Fsettings%2FSaml")));
        return nullptr;
    }
    if (!user->administrator) {
        *refusal = Response::html(
            403, m_site.page(QStringLiteral("Access denied"),
                             QStringLiteral("<h1>Access denied</h1><p id=\"accessDenied\" class=\"error\">"
                                            "Only Insightly administrators can change System Settings.</p>"),
                             user));
        return nullptr;
    }
    return user;
}

QString InsightlySettingsPage::newScimToken()
{
    QByteArray bytes(36, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(m_server.random().bounded(256));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Response InsightlySettingsPage::settingsPage(const Request &request, const QString &error)
{
    Response refusal;
    InsightlyUser *admin = settingsAdmin(request, &refusal);
    if (!admin)
        return refusal;
    const InsightlyState &s = state();

    QString notice;
    if (request.hasQueryItem(QStringLiteral("uploaded")))
        notice = QStringLiteral("The certificate was uploaded.");
    else if (request.hasQueryItem(QStringLiteral("saved")))
        notice = QStringLiteral("Your changes have been saved.");
    else if (request.hasQueryItem(QStringLiteral("regenerated")))
        notice = QStringLiteral("A new SCIM token was generated. The previous token no longer works.");
    QString messages;
    if (!error.isEmpty())
        messages += QStringLiteral("<p id=\"settingsError\" class=\"error\">%1</p>").arg(htmlEscape(error));
    else if (!notice.isEmpty())
        messages +=
            QStringLiteral("<p id=\"settingsMessage\" class=\"notice\">%1</p>").arg(htmlEscape(notice));

    QString certificate;
    CertificateSummary summary;
    if (!s.uploadedCertificateDer.isEmpty() && summarizeCertificate(s.uploadedCertificateDer, &summary)) {
        certificate =
            QStringLiteral("<dl id=\"uploadedCertificate\"><dt>File</dt><dd id=\"uploadedFileName\">%1</dd>"
                           "<dt>Subject</dt><dd id=\"uploadedSubject\">%2</dd>"
                           "<dt>Thumbprint</dt><dd id=\"uploadedThumbprint\">%3</dd>"
                           "<dt>Expires</dt><dd id=\"uploadedExpiry\">%4</dd></dl>")
                .arg(htmlEscape(s.uploadedCertificateFileName), htmlEscape(summary.subject),
                     summary.thumbprint, formatUtc(summary.notAfter));
    } else {
        certificate =
            QStringLiteral("<p id=\"noCertificate\" class=\"hint\">No certificate has been uploaded.</p>");
    }

    QString scim;
    if (s.scimEnabled) {
        // The format of Insightly's real SCIM endpoint URL is not public; <crm host>/scim/v2 is the
        // simulator's.
        scim = QStringLiteral(
                   "<h2>SCIM Provisioning</h2><div id=\"scimDetails\"><label for=\"scimEndpoint\">SCIM "
                   "endpoint</label>"
                   "<input type=\"text\" id=\"scimEndpoint\" readonly value=\"%1\">"
                   "<label for=\"scimToken\">Token</label>"
                   "<input type=\"text\" id=\"scimToken\" readonly value=\"%2\">"
                   "<form id=\"regenerateForm\" method=\"post\" action=\"/settings/Saml/RegenerateToken\">"
                   "<button id=\"regenerateToken\" class=\"secondary\" "
                   "type=\"submit\">Regenerate</button></form>"
                   "<p class=\"hint\">Regenerating the token invalidates the previous token "
                   "immediately.</p></div>")
                   .arg(htmlEscape(m_scim.endpointFor(request)), htmlEscape(s.scimToken));
    }

    const QString body =
        QStringLiteral(
            "<p class=\"crumbs\">System Settings › Security</p><h1>SAML and SCIM</h1>%1"
            "<h2>SAML Single Sign-On</h2>"
            "<label for=\"signInPageUrl\">Sign-in page URL</label>"
            "<input type=\"text\" id=\"signInPageUrl\" readonly value=\"%2\">"
            "<p class=\"hint\">Enter this URL as both the Identifier (Entity ID) and the Reply URL "
            "(Assertion Consumer "
            "Service URL) in your identity provider. Insightly supports identity-provider-initiated sign-in "
            "only.</p>"
            "<h2>Identity provider certificate</h2>%3"
            "<form id=\"uploadForm\" method=\"post\" action=\"/settings/Saml/Certificate\" "
            "enctype=\"multipart/form-data\">"
            "<label for=\"certificateFile\">Certificate (Base64 .cer / .pem) or Federation Metadata "
            "XML</label>"
            "<input type=\"file\" id=\"certificateFile\" name=\"certificate\" "
            "accept=\".cer,.crt,.pem,.der,.xml\">"
            "<button id=\"upload\" type=\"submit\">Upload</button></form>"
            "<h2>Options</h2>"
            "<form id=\"settingsForm\" method=\"post\" action=\"/settings/Saml\">"
            "<label class=\"check\"><input type=\"checkbox\" id=\"enforceSaml\" name=\"enforceSaml\" "
            "value=\"true\"%4> "
            "Enforce SAML Login</label>"
            "<p class=\"hint\">When enforced, users must sign in through your identity provider.</p>"
            "<label class=\"check\"><input type=\"checkbox\" id=\"enableScim\" name=\"enableScim\" "
            "value=\"true\"%5> "
            "Enable SCIM Provisioning</label>"
            "<button id=\"save\" type=\"submit\">Save</button></form>%6")
            .arg(messages, htmlEscape(m_site.signInPageUrl(request)), certificate,
                 checked(s.enforceSamlLogin), checked(s.scimEnabled), scim);
    return Response::html(200, m_site.page(QStringLiteral("SAML and SCIM"), body, admin));
}

Response InsightlySettingsPage::handleCertificateUpload(const Request &request)
{
    Response refusal;
    if (!settingsAdmin(request, &refusal))
        return refusal;
    const QByteArray boundary = multipartBoundary(request.header("content-type"));
    if (boundary.isEmpty())
        return settingsPage(
            request, QStringLiteral("The upload was not sent as a file (multipart/form-data expected)."));
    QList<MultipartPart> parts;
    QString parseError;
    if (!parseMultipartForm(request.body, boundary, &parts, &parseError))
        return settingsPage(request, QStringLiteral("The upload could not be read: %1.").arg(parseError));
    const MultipartPart *file = nullptr;
    for (const MultipartPart &part : parts)
        if (part.name == QLatin1String("certificate"))
            file = &part;
    if (!file || (file->fileName.isEmpty() && file->data.isEmpty()))
        return settingsPage(request, QStringLiteral("Choose a certificate file to upload."));
    QString error;
    const QByteArray der = readUploadedCertificate(file->data, &error);
    if (der.isEmpty())
        return settingsPage(request, error);
    InsightlyState &s = state();
    s.uploadedCertificateDer = der;
    s.uploadedCertificateFileName = file->fileName;
    s.uploadedCertificateAtMs = m_server.nowMs();
    m_server.saveState();
    return Response::redirect(QUrl(QStringLiteral("/settings/Saml?uploaded=1")), 303);
}

Response InsightlySettingsPage::handleSaveSettings(const Request &request)
{
    Response refusal;
    if (!settingsAdmin(request, &refusal))
        return refusal;
    const QHash<QString, QString> form = request.formBody();
    const bool enforce = !form.value(QStringLiteral("enforceSaml")).isEmpty();
    const bool scim = !form.value(QStringLiteral("enableScim")).isEmpty();
    InsightlyState &s = state();
    if (enforce && s.uploadedCertificateDer.isEmpty())
        return settingsPage(
            request,
            QStringLiteral("Upload your identity provider's certificate before enforcing SAML login."));
    // Insightly: SCIM provisioning depends on SAML single sign-on being set up.
    if (scim && s.uploadedCertificateDer.isEmpty())
        return settingsPage(request,
                            QStringLiteral("Set up SAML single sign-on (upload your identity provider's "
                                           "certificate) before enabling SCIM provisioning."));
    s.enforceSamlLogin = enforce;
    if (scim && !s.scimEnabled) {
        s.scimToken = newScimToken();
        s.scimTokenCreatedAtMs = m_server.nowMs();
    } else if (!scim) {
        s.scimToken.clear();
        s.scimTokenCreatedAtMs = 0;
    }
    s.scimEnabled = scim;
    m_server.saveState();
    return Response::redirect(QUrl(QStringLiteral("/settings/Saml?saved=1")), 303);
}

Response InsightlySettingsPage::handleRegenerateToken(const Request &request)
{
    Response refusal;
    if (!settingsAdmin(request, &refusal))
        return refusal;
    InsightlyState &s = state();
    if (!s.scimEnabled)
        return settingsPage(request, QStringLiteral("Enable SCIM provisioning first."));
    s.scimToken = newScimToken();
    s.scimTokenCreatedAtMs = m_server.nowMs();
    m_server.saveState();
    return Response::redirect(QUrl(QStringLiteral("/settings/Saml?regenerated=1")), 303);
}

} // namespace sim

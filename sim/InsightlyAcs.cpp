#include "InsightlyAcs.h"

#include "InsightlyModule.h"
#include "XmlDsig.h"

#include <QDateTime>
#include <QXmlStreamReader>

namespace sim {

namespace {

constexpr qint64 clockSkewMs =
    3 * 60 * 1000; // tolerance for the IdP's clock, as SAML service providers allow

// What the assertion consumer service needs from a SAML 2.0 Response.
struct SamlResponse {
    QString destination;
    QString statusCode;
    int assertionCount = 0;
    QString assertionId;
    bool responseSigned = false;  // a Signature is a direct child of the Response
    bool assertionSigned = false; // a Signature is a direct child of the Assertion
    QString nameId;
    QStringList audiences;
    QDateTime notBefore;
    QDateTime notOnOrAfter;
    QDateTime confirmationNotOnOrAfter;
    QString recipient;
};

bool parseSamlResponse(const QByteArray &xml, SamlResponse *out, QString *error)
{
    QXmlStreamReader reader(xml);
    QStringList stack; // local names of the open elements
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            stack.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        const QString parent = stack.isEmpty() ? QString() : stack.last();
        const QXmlStreamAttributes attributes = reader.attributes();
        auto time = [&attributes](const char *attribute) {
            return QDateTime::fromString(attributes.value(QLatin1String(attribute)).toString(),
                                         Qt::ISODateWithMs);
        };
        if (stack.isEmpty()) {
            if (name != QLatin1String("Response")) {
                *error = QStringLiteral("the document is a %1, not a SAML Response").arg(name);
                return false;
            }
            out->destination = attributes.value(QLatin1String("Destination")).toString();
        } else if (name == QLatin1String("StatusCode") && parent == QLatin1String("Status") &&
                   out->statusCode.isEmpty()) {
            out->statusCode = attributes.value(QLatin1String("Value")).toString();
        } else if (name == QLatin1String("Assertion")) {
            ++out->assertionCount;
            out->assertionId = attributes.value(QLatin1String("ID")).toString();
        } else if (name == QLatin1String("Signature") && parent == QLatin1String("Response") &&
                   stack.size() == 1) {
            out->responseSigned = true;
        } else if (name == QLatin1String("Signature") && parent == QLatin1String("Assertion")) {
            out->assertionSigned = true;
        } else if (name == QLatin1String("Conditions")) {
            out->notBefore = time("NotBefore");
            out->notOnOrAfter = time("NotOnOrAfter");
        } else if (name == QLatin1String("SubjectConfirmationData")) {
            out->confirmationNotOnOrAfter = time("NotOnOrAfter");
            out->recipient = attributes.value(QLatin1String("Recipient")).toString();
        } else if (name == QLatin1String("NameID") && parent == QLatin1String("Subject")) {
            out->nameId = reader.readElementText().trimmed();
            continue; // readElementText consumed the end element
        } else if (name == QLatin1String("Audience")) {
            out->audiences.append(reader.readElementText().trimmed());
            continue;
        }
        stack.append(name);
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    return true;
}

} // namespace

Response InsightlyAcs::samlError(int status, const QString &check, const QString &message)
{
    const QString body =
        QStringLiteral("<h1>Single sign-on failed</h1>"
                       "<div class=\"error\" role=\"alert\">%1</div>"
                       "<p class=\"hint\">Contact your Insightly administrator, or try again from your "
                       "identity provider's portal.</p>")
            .arg(htmlEscape(message));
    // The page says what a person reads; which check failed is for the simulator's own tests only.
    Response r = Response::html(status, m_site.page(QStringLiteral("Single sign-on failed"), body, nullptr));
    r.header("X-Sim-Check", check.toLatin1());
    return r;
}

Response InsightlyAcs::handleAcs(const Request &request)
{
    const InsightlyState &s = state();
    const QString instanceId = request.queryItem(QStringLiteral("instanceId"));
    if (instanceId.isEmpty() || instanceId != s.instanceId)
        return samlError(404, QStringLiteral("instance"), QStringLiteral("Instance not found."));
    if (s.uploadedCertificateDer.isEmpty())
        return samlError(400, QStringLiteral("notConfigured"),
                         QStringLiteral("SAML is not configured for this Insightly instance."));

    const QString encoded = request.formBody().value(QStringLiteral("SAMLResponse"));
    m_server.witnessSecret(QStringLiteral("saml-response"), encoded);
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded.toLatin1().simplified().replace(' ', QByteArray()), QByteArray::AbortOnBase64DecodingErrors);
    if (encoded.isEmpty() || !decoded || (*decoded).isEmpty())
        return samlError(400, QStringLiteral("noResponse"), QStringLiteral("No SAML response was received."));
    const QByteArray xml = *decoded;

    SamlResponse response;
    QString parseError;
    if (!parseSamlResponse(xml, &response, &parseError))
        return samlError(400, QStringLiteral("malformed"),
                         QStringLiteral("The SAML response could not be read (%1).").arg(parseError));
    if (response.assertionCount != 1)
        return samlError(
            400, QStringLiteral("malformed"),
            QStringLiteral("The SAML response must contain exactly one assertion (it contains %1).")
                .arg(response.assertionCount));

    // Only the certificate on file counts, never one carried in the response.
    QString signatureError;
    if (!(response.responseSigned || response.assertionSigned) ||
        !xmldsig::verifyWithCertificate(xml, s.uploadedCertificateDer, &signatureError))
        return samlError(
            403, QStringLiteral("signature"),
            QStringLiteral("The SAML response signature is not valid for the certificate on file."));

    if (!response.statusCode.endsWith(QLatin1String(":status:Success")))
        return samlError(403, QStringLiteral("status"),
                         QStringLiteral("The identity provider did not sign you in (status %1).")
                             .arg(response.statusCode.isEmpty() ? QStringLiteral("missing")
                                                                : response.statusCode.section(u':', -1)));
    const QString expected = m_site.signInPageUrl(request);
    if (response.destination != expected)
        return samlError(
            403, QStringLiteral("destination"),
            QStringLiteral(
                "The SAML response was sent to '%1', not to this instance's sign-in page URL '%2'.")
                .arg(response.destination, expected));
    if (!response.audiences.contains(expected))
        return samlError(
            403, QStringLiteral("audience"),
            QStringLiteral(
                "The SAML response is intended for '%1', not for this instance's sign-in page URL '%2'.")
                .arg(response.audiences.join(QStringLiteral(", ")), expected));
    if (!response.recipient.isEmpty() && response.recipient != expected)
        return samlError(
            403, QStringLiteral("recipient"),
            QStringLiteral("The SAML response's recipient '%1' is not this instance's sign-in page URL.")
                .arg(response.recipient));
    const qint64 now = m_server.nowMs();
    if (response.notBefore.isValid() && now + clockSkewMs < response.notBefore.toMSecsSinceEpoch())
        return samlError(403, QStringLiteral("notYetValid"),
                         QStringLiteral("The SAML response is not yet valid."));
    for (const QDateTime &end : {response.notOnOrAfter, response.confirmationNotOnOrAfter})
        if (end.isValid() && now - clockSkewMs >= end.toMSecsSinceEpoch())
            return samlError(403, QStringLiteral("expired"),
                             QStringLiteral("The SAML response has expired."));
    if (!response.notOnOrAfter.isValid())
        return samlError(403, QStringLiteral("expired"),
                         QStringLiteral("The SAML response has no validity period."));

    // A bearer assertion is used once: the SAML 2.0 Web Browser SSO profile requires the service provider to
    // refuse a replay (https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf, 4.1.4.5). The
    // ids are kept until the assertion expires.
    for (auto it = m_usedAssertions.begin(); it != m_usedAssertions.end();)
        it = it.value() + clockSkewMs <= now ? m_usedAssertions.erase(it) : std::next(it);
    if (response.assertionId.isEmpty())
        return samlError(400, QStringLiteral("malformed"), QStringLiteral("The SAML assertion has no ID."));
    if (m_usedAssertions.contains(response.assertionId))
        return samlError(
            403, QStringLiteral("replay"),
            QStringLiteral("This SAML response was already used. Sign in again from your identity "
                           "provider."));
    m_usedAssertions.insert(response.assertionId, response.notOnOrAfter.toMSecsSinceEpoch());

    InsightlyUser *user = state().userByEmail(response.nameId);
    if (!user)
        return samlError(403, QStringLiteral("unknownUser"),
                         QStringLiteral("No Insightly user with e-mail %1.").arg(response.nameId));
    if (!user->active)
        return samlError(403, QStringLiteral("inactiveUser"),
                         QStringLiteral("The Insightly user %1 is deactivated.").arg(user->email));
    // Signed in: Insightly takes the browser to its own home page on the instance host (outside /user/saml).
    return m_site.startSession(request, *user, m_server.originFor(SimService::InsightlyCrm, request) + u'/',
                               303);
}

} // namespace sim

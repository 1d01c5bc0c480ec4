#include "SamlResponse.h"

#include "AppsState.h"
#include "SimHttp.h"
#include "XmlDsig.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace sim {

namespace {

const QString kProtocolNs = QStringLiteral("urn:oasis:names:tc:SAML:2.0:protocol");
const QString kAssertionNs = QStringLiteral("urn:oasis:names:tc:SAML:2.0:assertion");

QString samlTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

void writeAttribute(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (value.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("Attribute"));
    xml.writeAttribute(QStringLiteral("Name"), name);
    xml.writeTextElement(QStringLiteral("AttributeValue"), value);
    xml.writeEndElement();
}

} // namespace

QByteArray samlResponse(const SamlAssertionFacts &facts, const SigningKeyMaterial &signer,
                        const QString &responseId, const QString &assertionId, QString *error)
{
    const QString issuer = QStringLiteral("https://sts.windows.net/%1/").arg(facts.tenantId);
    const QString now = samlTime(facts.nowMs);
    const QString notBefore = samlTime(facts.nowMs - 5 * 60 * 1000);
    const QString notOnOrAfter = samlTime(facts.nowMs + 60 * 60 * 1000);

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("samlp:Response"));
    xml.writeNamespace(kProtocolNs, QStringLiteral("samlp"));
    xml.writeAttribute(QStringLiteral("ID"), responseId);
    xml.writeAttribute(QStringLiteral("Version"), QStringLiteral("2.0"));
    xml.writeAttribute(QStringLiteral("IssueInstant"), now);
    xml.writeAttribute(QStringLiteral("Destination"), facts.recipient);
    xml.writeStartElement(QStringLiteral("Issuer"));
    xml.writeDefaultNamespace(kAssertionNs);
    xml.writeCharacters(issuer);
    xml.writeEndElement();
    xml.writeStartElement(kProtocolNs, QStringLiteral("Status"));
    xml.writeEmptyElement(kProtocolNs, QStringLiteral("StatusCode"));
    xml.writeAttribute(QStringLiteral("Value"), QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Success"));
    xml.writeEndElement(); // Status

    xml.writeStartElement(QStringLiteral("Assertion"));
    xml.writeDefaultNamespace(kAssertionNs);
    xml.writeAttribute(QStringLiteral("ID"), assertionId);
    xml.writeAttribute(QStringLiteral("IssueInstant"), now);
    xml.writeAttribute(QStringLiteral("Version"), QStringLiteral("2.0"));
    xml.writeTextElement(QStringLiteral("Issuer"), issuer);

    xml.writeStartElement(QStringLiteral("Subject"));
    xml.writeStartElement(QStringLiteral("NameID"));
    xml.writeAttribute(QStringLiteral("Format"),
                       QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"));
    xml.writeCharacters(facts.nameId);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("SubjectConfirmation"));
    xml.writeAttribute(QStringLiteral("Method"), QStringLiteral("urn:oasis:names:tc:SAML:2.0:cm:bearer"));
    xml.writeEmptyElement(QStringLiteral("SubjectConfirmationData"));
    xml.writeAttribute(QStringLiteral("NotOnOrAfter"), notOnOrAfter);
    xml.writeAttribute(QStringLiteral("Recipient"), facts.recipient);
    xml.writeEndElement(); // SubjectConfirmation
    xml.writeEndElement(); // Subject

    xml.writeStartElement(QStringLiteral("Conditions"));
    xml.writeAttribute(QStringLiteral("NotBefore"), notBefore);
    xml.writeAttribute(QStringLiteral("NotOnOrAfter"), notOnOrAfter);
    xml.writeStartElement(QStringLiteral("AudienceRestriction"));
    xml.writeTextElement(QStringLiteral("Audience"), facts.audience);
    xml.writeEndElement();
    xml.writeEndElement(); // Conditions

    xml.writeStartElement(QStringLiteral("AttributeStatement"));
    writeAttribute(xml, QStringLiteral("http://schemas.microsoft.com/identity/claims/tenantid"),
                   facts.tenantId);
    writeAttribute(xml, QStringLiteral("http://schemas.microsoft.com/identity/claims/objectidentifier"),
                   facts.objectId);
    writeAttribute(xml, QStringLiteral("http://schemas.microsoft.com/identity/claims/displayname"),
                   facts.displayName);
    writeAttribute(xml, QStringLiteral("http://schemas.microsoft.com/identity/claims/identityprovider"),
                   issuer);
    writeAttribute(
        xml, QStringLiteral("http://schemas.microsoft.com/claims/authnmethodsreferences"),
        QStringLiteral("http://schemas.microsoft.com/ws/2008/06/identity/authenticationmethod/password"));
    writeAttribute(xml, QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"),
                   facts.givenName);
    writeAttribute(xml, QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"),
                   facts.surname);
    writeAttribute(xml, QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"),
                   facts.email);
    writeAttribute(xml, QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"),
                   facts.nameId);
    xml.writeEndElement(); // AttributeStatement

    xml.writeStartElement(QStringLiteral("AuthnStatement"));
    xml.writeAttribute(QStringLiteral("AuthnInstant"), now);
    xml.writeAttribute(QStringLiteral("SessionIndex"), assertionId);
    xml.writeStartElement(QStringLiteral("AuthnContext"));
    xml.writeTextElement(QStringLiteral("AuthnContextClassRef"),
                         QStringLiteral("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"));
    xml.writeEndElement();
    xml.writeEndElement(); // AuthnStatement

    xml.writeEndElement(); // Assertion
    xml.writeEndElement(); // Response
    xml.writeEndDocument();

    return xmldsig::signEnveloped(out, assertionId.toUtf8(), signer.privateKeyPem, signer.certificateDer,
                                  error);
}

QString autoPostForm(const QString &replyUrl, const QByteArray &samlResponseXml)
{
    return QStringLiteral("<!DOCTYPE html><html><head><title>Working...</title></head><body>"
                          "<form method=\"POST\" name=\"hiddenform\" action=\"%1\">"
                          "<input type=\"hidden\" name=\"SAMLResponse\" value=\"%2\" />"
                          "<noscript><p>Script is disabled. Click Submit to continue.</p>"
                          "<input type=\"submit\" value=\"Submit\" /></noscript></form>"
                          "<script>document.forms[0].submit()</script></body></html>")
        .arg(htmlEscape(replyUrl), QString::fromLatin1(samlResponseXml.toBase64()));
}

} // namespace sim

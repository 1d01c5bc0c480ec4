#include "FederationMetadata.h"

#include "AppsState.h"
#include "XmlDsig.h"

#include <QXmlStreamWriter>

namespace sim {

namespace {

const QString kMetadataNs = QStringLiteral("urn:oasis:names:tc:SAML:2.0:metadata");
const QString kDsigNs = QStringLiteral("http://www.w3.org/2000/09/xmldsig#");
const QString kFedNs = QStringLiteral("http://docs.oasis-open.org/wsfed/federation/200706");
const QString kXsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
const QString kWsaNs = QStringLiteral("http://www.w3.org/2005/08/addressing");
const QString kAuthNs = QStringLiteral("http://docs.oasis-open.org/wsfed/authorization/200706");

void writeKeyDescriptors(QXmlStreamWriter &xml, const QVector<const SigningKeyMaterial *> &certificates)
{
    for (const SigningKeyMaterial *certificate : certificates) {
        xml.writeStartElement(QStringLiteral("KeyDescriptor"));
        xml.writeAttribute(QStringLiteral("use"), QStringLiteral("signing"));
        xml.writeStartElement(QStringLiteral("KeyInfo"));
        xml.writeDefaultNamespace(kDsigNs);
        // Unqualified names: the default namespace of this scope is XML-DSig, as in Entra's metadata.
        xml.writeStartElement(QStringLiteral("X509Data"));
        xml.writeTextElement(QStringLiteral("X509Certificate"),
                             QString::fromLatin1(certificate->certificateDer.toBase64()));
        xml.writeEndElement(); // X509Data
        xml.writeEndElement(); // KeyInfo
        xml.writeEndElement(); // KeyDescriptor
    }
}

void writeEndpoint(QXmlStreamWriter &xml, const QString &element, const QString &address)
{
    xml.writeStartElement(kFedNs, element);
    xml.writeStartElement(QStringLiteral("wsa:EndpointReference"));
    xml.writeNamespace(kWsaNs, QStringLiteral("wsa"));
    xml.writeTextElement(kWsaNs, QStringLiteral("Address"), address);
    xml.writeEndElement();
    xml.writeEndElement();
}

void writeClaimTypes(QXmlStreamWriter &xml)
{
    struct Claim {
        const char *uri;
        const char *name;
        const char *description;
    };
    static const Claim claims[] = {
        {"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name", "Name",
         "The mutable display name of the user."},
        {"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier", "Subject",
         "An immutable, globally unique, non-reusable identifier of the user that is unique to the "
         "application for "
         "which a token is issued."},
        {"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname", "Given Name",
         "First name of the user."},
        {"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname", "Surname",
         "Last name of the user."},
        {"http://schemas.microsoft.com/identity/claims/displayname", "Display Name",
         "Display name of the user."},
        {"http://schemas.microsoft.com/identity/claims/objectidentifier", "Object Identifier",
         "Primary identifier for the user in the directory. Immutable, globally unique, non-reusable."},
        {"http://schemas.microsoft.com/identity/claims/tenantid", "Tenant Identifier",
         "Identifier for the user's tenant."},
        {"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "Email",
         "Email address of the user."},
    };
    xml.writeStartElement(kFedNs, QStringLiteral("ClaimTypesOffered"));
    for (const Claim &claim : claims) {
        xml.writeStartElement(QStringLiteral("auth:ClaimType"));
        xml.writeNamespace(kAuthNs, QStringLiteral("auth"));
        xml.writeAttribute(QStringLiteral("Uri"), QLatin1String(claim.uri));
        xml.writeTextElement(kAuthNs, QStringLiteral("DisplayName"), QLatin1String(claim.name));
        xml.writeTextElement(kAuthNs, QStringLiteral("Description"), QLatin1String(claim.description));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void startRoleDescriptor(QXmlStreamWriter &xml, const QString &type)
{
    xml.writeStartElement(QStringLiteral("RoleDescriptor"));
    xml.writeNamespace(kXsiNs, QStringLiteral("xsi"));
    xml.writeNamespace(kFedNs, QStringLiteral("fed"));
    xml.writeAttribute(kXsiNs, QStringLiteral("type"), type);
    xml.writeAttribute(QStringLiteral("protocolSupportEnumeration"), kFedNs);
}

} // namespace

QByteArray federationMetadata(const QString &tenantId, const QString &loginBase,
                              const QVector<const SigningKeyMaterial *> &certificates,
                              const SigningKeyMaterial &signer, const QString &documentId, QString *error)
{
    const QString issuer = QStringLiteral("https://sts.windows.net/%1/").arg(tenantId);
    const QString wsfed = QStringLiteral("%1/%2/wsfed").arg(loginBase, tenantId);
    const QString saml2 = QStringLiteral("%1/%2/saml2").arg(loginBase, tenantId);

    QByteArray unsignedXml;
    QXmlStreamWriter xml(&unsignedXml);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("EntityDescriptor"));
    xml.writeDefaultNamespace(kMetadataNs);
    xml.writeAttribute(QStringLiteral("ID"), documentId);
    xml.writeAttribute(QStringLiteral("entityID"), issuer);

    startRoleDescriptor(xml, QStringLiteral("fed:SecurityTokenServiceType"));
    writeKeyDescriptors(xml, certificates);
    writeClaimTypes(xml);
    writeEndpoint(xml, QStringLiteral("SecurityTokenServiceEndpoint"), wsfed);
    writeEndpoint(xml, QStringLiteral("PassiveRequestorEndpoint"), wsfed);
    xml.writeEndElement();

    startRoleDescriptor(xml, QStringLiteral("fed:ApplicationServiceType"));
    writeKeyDescriptors(xml, certificates);
    writeEndpoint(xml, QStringLiteral("TargetScopes"), issuer);
    writeEndpoint(xml, QStringLiteral("ApplicationServiceEndpoint"), wsfed);
    writeEndpoint(xml, QStringLiteral("PassiveRequestorEndpoint"), wsfed);
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("IDPSSODescriptor"));
    xml.writeAttribute(QStringLiteral("protocolSupportEnumeration"),
                       QStringLiteral("urn:oasis:names:tc:SAML:2.0:protocol"));
    writeKeyDescriptors(xml, certificates);
    const auto service = [&](const char *element, const char *binding) {
        xml.writeEmptyElement(QLatin1String(element));
        xml.writeAttribute(QStringLiteral("Binding"), QLatin1String(binding));
        xml.writeAttribute(QStringLiteral("Location"), saml2);
    };
    service("SingleLogoutService", "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect");
    service("SingleSignOnService", "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect");
    service("SingleSignOnService", "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST");
    xml.writeEndElement(); // IDPSSODescriptor

    xml.writeEndElement(); // EntityDescriptor
    xml.writeEndDocument();

    return xmldsig::signEnveloped(unsignedXml, documentId.toUtf8(), signer.privateKeyPem,
                                  signer.certificateDer, error);
}

} // namespace sim

#pragma once

#include "core/UserMessage.h"
#include "saml/SigningCertificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace insightly {

struct FederationMetadataResult;

namespace SamlBinding {
inline constexpr auto HttpRedirect = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
inline constexpr auto HttpPost = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
} // namespace SamlBinding

// One <KeyDescriptor use="signing"> (or without `use`, which means both uses) and where it sits: Entra lists
// each certificate under the SAML IDPSSODescriptor and again under its WS-Federation RoleDescriptors.
struct MetadataSigningKey {
    enum class Descriptor { IdpSso, SecurityTokenService, ApplicationService, OtherRole };
    SigningCertificate certificate;
    Descriptor descriptor = Descriptor::IdpSso;
    QString descriptorName; // "IDPSSODescriptor" or "RoleDescriptor (fed:SecurityTokenServiceType)"
};

struct MetadataEndpoint {
    QString binding;
    QUrl location;
};

// Entra federation metadata (the app's "Federation Metadata XML", or the tenant-wide document), parsed
// namespace-aware with QXmlStreamReader. The document signature is read, not verified. Bounded: at most
// TextLimits::metadataBytes, no DTD, XmlLimits' depth and attribute counts — each refusal with its own message.
class FederationMetadata {
    Q_DECLARE_TR_FUNCTIONS(FederationMetadata)

public:
    static FederationMetadataResult parse(const QByteArray &xml);

    QString entityId;
    QList<MetadataSigningKey> signingKeys; // document order, one per KeyDescriptor
    QList<MetadataEndpoint> singleSignOnServices;
    QList<MetadataEndpoint> singleLogoutServices;
    SigningCertificate documentSignatureCertificate; // null when the document is not signed

    // Distinct certificates (first occurrence order) under IDPSSODescriptor: the ones SAML sign-in uses.
    QList<SigningCertificate> samlSigningCertificates() const;
    // Distinct certificates under any descriptor.
    QList<SigningCertificate> allSigningCertificates() const;
    // Whether the SAML (IDPSSODescriptor) signing certificates include this thumbprint; ':' and case ignored.
    bool containsCertificate(const QString &thumbprint) const;
    QUrl singleSignOnUrl(const QString &binding = QString::fromLatin1(SamlBinding::HttpRedirect)) const;
    QUrl singleLogoutUrl(const QString &binding = QString::fromLatin1(SamlBinding::HttpRedirect)) const;
};

namespace FederationMetadataError {
inline constexpr auto Empty = "metadata.empty";
inline constexpr auto Malformed = "metadata.malformed";
inline constexpr auto NotMetadata = "metadata.not-metadata";
inline constexpr auto NoSigningCertificate = "metadata.no-signing-certificate";
inline constexpr auto BadCertificate = "metadata.bad-certificate";
inline constexpr auto TooLarge = "metadata.too-large";                     // over TextLimits::metadataBytes
inline constexpr auto NotUtf8 = "metadata.not-utf8";
inline constexpr auto DocumentType = "metadata.document-type";             // a DTD: entity expansion refused
inline constexpr auto TooManyAttributes = "metadata.too-many-attributes";
inline constexpr auto TooDeep = "metadata.too-deep";
inline constexpr auto TooManyElements = "metadata.too-many-elements";
} // namespace FederationMetadataError

struct FederationMetadataResult {
    FederationMetadata metadata;
    UserMessage error;
    bool ok() const { return error.isEmpty(); }
};

// Which Microsoft cloud the tenant lives in; each has its own sign-in host.
enum class EntraCloud { Global, UsGovernment, China };

// The values Entra's "Set up Insightly SAML" panel shows, built from the tenant id (reference §B6).
struct EntraSamlEndpoints {
    QUrl loginUrl;
    QString entraIdentifier; // the issuer of SAML responses and the metadata's entityID
    QUrl logoutUrl;
    QUrl federationMetadataUrl; // with ?appid= when an app id was given

    static EntraSamlEndpoints forTenant(const QString &tenantId, EntraCloud cloud = EntraCloud::Global,
                                        const QString &appId = {});
    // The values for a cloud whose sign-in is at `authorityBase` and whose issuer starts with `identifierBase`.
    static EntraSamlEndpoints forAuthority(const QUrl &authorityBase, const QString &identifierBase,
                                           const QString &tenantId, const QString &appId = {});
};

} // namespace insightly

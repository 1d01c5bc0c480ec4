#include "saml/FederationMetadata.h"

#include "core/TextLimits.h"
#include "saml/XmlLimits.h"

#include <QLoggingCategory>
#include <QUrlQuery>
#include <QXmlStreamReader>

Q_LOGGING_CATEGORY(lcFederationMetadata, "insightly.saml.metadata")

namespace insightly {

namespace {

const QLatin1String kMetadataNs("urn:oasis:names:tc:SAML:2.0:metadata");
const QLatin1String kDsigNs("http://www.w3.org/2000/09/xmldsig#");
const QLatin1String kXsiNs("http://www.w3.org/2001/XMLSchema-instance");

UserMessage metadataMessage(const char *code, const QString &what, const QString &why,
                            const QString &details = {}) {
    return makeUserMessage(
        code, what, why,
        FederationMetadata::tr("Download \"Federation Metadata XML\" again from the Insightly SAML "
                               "application in Entra (Single sign-on, "
                               "SAML Certificates), or use \"Certificate (Base64)\" instead."),
        details);
}

MetadataSigningKey::Descriptor roleDescriptorKind(QStringView xsiType) {
    const QStringView local = xsiType.mid(xsiType.indexOf(u':') + 1);
    if (local == u"SecurityTokenServiceType")
        return MetadataSigningKey::Descriptor::SecurityTokenService;
    if (local == u"ApplicationServiceType")
        return MetadataSigningKey::Descriptor::ApplicationService;
    return MetadataSigningKey::Descriptor::OtherRole;
}

// Where the reader is, as far as certificates care.
struct Context {
    bool inIdpSso = false;
    bool inRole = false;
    MetadataSigningKey::Descriptor roleKind = MetadataSigningKey::Descriptor::OtherRole;
    QString roleName;
    int signingKeyDepth = -1; // depth of the open signing KeyDescriptor, -1 when none
    int documentSignatureDepth = -1;
};

} // namespace

FederationMetadataResult FederationMetadata::parse(const QByteArray &xml) {
    FederationMetadataResult result;
    const QString downloadAgain = tr("Download \"Federation Metadata XML\" again from the Insightly SAML "
                                     "application in Entra (Single sign-on, SAML Certificates).");
    if (UserMessage tooLarge = checkInputSize(xml.size(), TextLimits::metadataBytes, tr("The metadata file"),
                                              downloadAgain);
        !tooLarge.isEmpty()) {
        tooLarge.code = QString::fromLatin1(FederationMetadataError::TooLarge);
        result.error = tooLarge;
        return result;
    }
    if (xml.trimmed().isEmpty()) {
        result.error = metadataMessage(FederationMetadataError::Empty, tr("The metadata file is empty."),
                                       tr("It contains no XML."));
        return result;
    }
    const XmlShapeCheck shape = checkXmlShape(xml);
    switch (shape.problem) {
    case XmlShapeProblem::None:
    case XmlShapeProblem::Malformed: // reported below, with what the parser knows about the document
        break;
    case XmlShapeProblem::NotUtf8:
        result.error = metadataMessage(FederationMetadataError::NotUtf8, tr("The metadata file can't be read."),
                                       tr("Its text isn't UTF-8, and it names no other encoding: it was "
                                          "probably converted or damaged after the download."),
                                       shape.details);
        return result;
    case XmlShapeProblem::DocumentType:
        result.error = metadataMessage(FederationMetadataError::DocumentType,
                                       tr("This file is not Entra federation metadata."),
                                       tr("It declares a document type (DTD), which metadata never does; the "
                                          "wizard doesn't read such files."),
                                       shape.details);
        return result;
    case XmlShapeProblem::TooManyAttributes:
        result.error = metadataMessage(FederationMetadataError::TooManyAttributes,
                                       tr("This file is not Entra federation metadata."),
                                       tr("An element in it has far more attributes than metadata ever has."),
                                       shape.details);
        return result;
    case XmlShapeProblem::TooDeep:
        result.error = metadataMessage(FederationMetadataError::TooDeep,
                                       tr("This file is not Entra federation metadata."),
                                       tr("Its elements nest far deeper than metadata ever does."), shape.details);
        return result;
    case XmlShapeProblem::TooManyElements:
        result.error = metadataMessage(FederationMetadataError::TooManyElements,
                                       tr("This file is not Entra federation metadata."),
                                       tr("It has far more elements than metadata ever has."), shape.details);
        return result;
    }
    FederationMetadata &metadata = result.metadata;
    QXmlStreamReader reader(xml);
    reader.setEntityExpansionLimit(0);
    Context context;
    int depth = 0;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            // Metadata never carries a DTD; refusing one rules out entity-expansion tricks.
            result.error = metadataMessage(
                FederationMetadataError::NotMetadata, tr("This file is not Entra federation metadata."),
                tr("It declares a document type (DTD), which metadata never does."));
            return result;
        }
        if (token == QXmlStreamReader::EndElement) {
            if (depth == context.signingKeyDepth)
                context.signingKeyDepth = -1;
            if (depth == context.documentSignatureDepth)
                context.documentSignatureDepth = -1;
            if (reader.namespaceUri() == kMetadataNs && reader.name() == u"IDPSSODescriptor")
                context.inIdpSso = false;
            if (reader.namespaceUri() == kMetadataNs && reader.name() == u"RoleDescriptor")
                context.inRole = false;
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QStringView ns = reader.namespaceUri();
        const QStringView name = reader.name();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (!sawRoot) {
            sawRoot = true;
            if (ns != kMetadataNs || name != u"EntityDescriptor") {
                const bool html = name.compare(u"html", Qt::CaseInsensitive) == 0;
                result.error = metadataMessage(
                    FederationMetadataError::NotMetadata, tr("This file is not Entra federation metadata."),
                    html
                        ? tr("It is a web page (HTML), perhaps a sign-in page saved instead of the download.")
                        : tr("Its top element is <%1>, not <EntityDescriptor>.").arg(reader.qualifiedName()));
                return result;
            }
            metadata.entityId = attributes.value(QStringLiteral("entityID")).toString();
            continue;
        }
        if (ns == kDsigNs && name == u"Signature" && depth == 2) {
            context.documentSignatureDepth = depth;
        } else if (ns == kMetadataNs && name == u"IDPSSODescriptor") {
            context.inIdpSso = true;
        } else if (ns == kMetadataNs && name == u"RoleDescriptor") {
            context.inRole = true;
            const QStringView type = attributes.value(kXsiNs, QStringLiteral("type"));
            context.roleKind = roleDescriptorKind(type);
            context.roleName = type.isEmpty() ? QStringLiteral("RoleDescriptor")
                                              : QStringLiteral("RoleDescriptor (%1)").arg(type);
        } else if (ns == kMetadataNs && name == u"KeyDescriptor") {
            const QStringView use = attributes.value(QStringLiteral("use"));
            if ((use.isEmpty() || use == u"signing") && (context.inIdpSso || context.inRole))
                context.signingKeyDepth = depth;
        } else if (ns == kMetadataNs && (name == u"SingleSignOnService" || name == u"SingleLogoutService") &&
                   context.inIdpSso) {
            const MetadataEndpoint endpoint{attributes.value(QStringLiteral("Binding")).toString(),
                                            QUrl(attributes.value(QStringLiteral("Location")).toString())};
            (name == u"SingleSignOnService" ? metadata.singleSignOnServices : metadata.singleLogoutServices)
                << endpoint;
        } else if (ns == kDsigNs && name == u"X509Certificate" &&
                   (context.signingKeyDepth >= 0 || context.documentSignatureDepth >= 0)) {
            const QString text = reader.readElementText();
            --depth; // readElementText() consumed the end element
            if (reader.hasError())
                break; // cut off inside the certificate: reported as damaged XML below
            const CertificateLoadResult loaded = SigningCertificate::load(text.toLatin1());
            if (!loaded.ok() || loaded.certificates.size() != 1) {
                result.error = metadataMessage(FederationMetadataError::BadCertificate,
                                               tr("A certificate in the metadata cannot be read."),
                                               loaded.error.why, loaded.error.what);
                return result;
            }
            if (context.documentSignatureDepth >= 0) {
                metadata.documentSignatureCertificate = loaded.certificates.first();
            } else {
                MetadataSigningKey key;
                key.certificate = loaded.certificates.first();
                key.descriptor = context.inIdpSso ? MetadataSigningKey::Descriptor::IdpSso : context.roleKind;
                key.descriptorName = context.inIdpSso ? QStringLiteral("IDPSSODescriptor") : context.roleName;
                metadata.signingKeys << key;
            }
        }
    }
    if (reader.hasError()) {
        const QString where = tr("line %1, column %2: %3")
                                  .arg(reader.lineNumber())
                                  .arg(reader.columnNumber())
                                  .arg(reader.errorString());
        qCInfo(lcFederationMetadata) << "Malformed metadata at" << where;
        result.error = metadataMessage(
            FederationMetadataError::Malformed, tr("The metadata file is damaged."),
            tr("It is not well-formed XML (%1); it may have been cut off or edited.").arg(where),
            reader.errorString());
        result.metadata = {};
        return result;
    }
    if (metadata.samlSigningCertificates().isEmpty()) {
        result.error =
            metadataMessage(FederationMetadataError::NoSigningCertificate,
                            tr("The metadata holds no SAML signing certificate."),
                            tr("It has no <KeyDescriptor use=\"signing\"> under <IDPSSODescriptor>."));
        return result;
    }
    return result;
}

QList<SigningCertificate> FederationMetadata::samlSigningCertificates() const {
    QList<SigningCertificate> certificates;
    for (const MetadataSigningKey &key : signingKeys) {
        if (key.descriptor == MetadataSigningKey::Descriptor::IdpSso &&
            !certificates.contains(key.certificate))
            certificates << key.certificate;
    }
    return certificates;
}

QList<SigningCertificate> FederationMetadata::allSigningCertificates() const {
    QList<SigningCertificate> certificates;
    for (const MetadataSigningKey &key : signingKeys) {
        if (!certificates.contains(key.certificate))
            certificates << key.certificate;
    }
    return certificates;
}

bool FederationMetadata::containsCertificate(const QString &thumbprint) const {
    const QString wanted = SigningCertificate::normalizedThumbprint(thumbprint);
    if (wanted.isEmpty())
        return false;
    for (const SigningCertificate &certificate : samlSigningCertificates()) {
        if (certificate.thumbprint() == wanted)
            return true;
    }
    return false;
}

static QUrl endpointFor(const QList<MetadataEndpoint> &endpoints, const QString &binding) {
    for (const MetadataEndpoint &endpoint : endpoints) {
        if (endpoint.binding == binding)
            return endpoint.location;
    }
    return {};
}

QUrl FederationMetadata::singleSignOnUrl(const QString &binding) const {
    return endpointFor(singleSignOnServices, binding);
}

QUrl FederationMetadata::singleLogoutUrl(const QString &binding) const {
    return endpointFor(singleLogoutServices, binding);
}

EntraSamlEndpoints EntraSamlEndpoints::forTenant(const QString &tenantId, EntraCloud cloud,
                                                 const QString &appId) {
    // Global values per reference §B6. The national clouds' issuers are the identifiers those clouds' portals
    // show; they are not in the reference, so treat them as best knowledge.
    switch (cloud) {
    case EntraCloud::UsGovernment:
        return forAuthority(QUrl(QStringLiteral("https://login.microsoftonline.us")),
                            QStringLiteral("https://login.microsoftonline.us"), tenantId, appId);
    case EntraCloud::China:
        return forAuthority(QUrl(QStringLiteral("https://login.partner.microsoftonline.cn")),
                            QStringLiteral("https://sts.chinacloudapi.cn"), tenantId, appId);
    case EntraCloud::Global:
        break;
    }
    return forAuthority(QUrl(QStringLiteral("https://login.microsoftonline.com")),
                        QStringLiteral("https://sts.windows.net"), tenantId, appId);
}

EntraSamlEndpoints EntraSamlEndpoints::forAuthority(const QUrl &authorityBase, const QString &identifierBase,
                                                    const QString &tenantId, const QString &appId) {
    const QString tenant = tenantId.trimmed();
    const auto withoutTrailingSlash = [](QString text) {
        while (text.endsWith(u'/'))
            text.chop(1);
        return text;
    };
    const QString base = withoutTrailingSlash(authorityBase.toString());
    const QString identifier = withoutTrailingSlash(identifierBase);
    EntraSamlEndpoints endpoints;
    endpoints.loginUrl = QUrl(base + u'/' + tenant + QStringLiteral("/saml2"));
    endpoints.logoutUrl = endpoints.loginUrl;
    endpoints.entraIdentifier = identifier + u'/' + tenant + u'/';
    endpoints.federationMetadataUrl =
        QUrl(base + u'/' + tenant + QStringLiteral("/federationmetadata/2007-06/federationmetadata.xml"));
    if (!appId.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("appid"), appId.trimmed());
        endpoints.federationMetadataUrl.setQuery(query);
    }
    return endpoints;
}

} // namespace insightly

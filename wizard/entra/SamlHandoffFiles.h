#pragma once

#include "entra/CertificateReader.h"
#include "entra/CloudEndpoints.h"
#include "entra/SetupOperation.h"
#include "saml/FederationMetadata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <optional>
#include <qcorotask.h>

namespace insightly::entra {

// What Entra's "Set up Insightly SAML" panel shows
// (https://learn.microsoft.com/entra/identity/enterprise-apps/add-application-portal-setup-sso), for the
// instructions side panel and the summary.
struct SamlPanelValues {
    QUrl loginUrl;           // {authority}/{tenant}/saml2
    QString entraIdentifier; // https://sts.windows.net/{tenant}/ (per cloud)
    QUrl logoutUrl;          // same as loginUrl
    QUrl federationMetadataUrl;
    QString thumbprint; // the active certificate
    QDateTime expiry;
};

struct HandoffFilesResult : OperationFailure {
    QString certificatePath; // "<folder>/Insightly SAML.cer" (Certificate (Base64)); empty when not asked
    QString metadataPath;    // "<folder>/Insightly SAML.xml" (Federation Metadata XML); empty when not asked
    SamlPanelValues panel;
    bool ok() const { return !failed(); }
};

// The files the admin uploads to Insightly, and the panel values
// (https://learn.microsoft.com/entra/identity-platform/federation-metadata). Reads SetupState's tenantId,
// appId, servicePrincipalId and certificateThumbprint; the certificate itself is read from Graph (the `key`
// of its Verify credential) and re-checked against that thumbprint.
//
// The metadata is a plain GET without a token from {authority}/{tenantId}/federationmetadata/2007-06/
// federationmetadata.xml?appid={appId} (the endpoints' authority), parsed
// with FederationMetadata and accepted only when its SAML signing keys carry the certificate: right after an
// activation Entra may still publish the old one, then the error says so and to try again in a minute.
//
// Files are written with QSaveFile (never half-written); an existing file is only replaced with
// Options::overwrite, else the error names it.
class SamlHandoffFiles
{
    Q_DECLARE_TR_FUNCTIONS(SamlHandoffFiles)

public:
    static inline const QString kCertificateFileName = QStringLiteral("Insightly SAML.cer");
    static inline const QString kMetadataFileName = QStringLiteral("Insightly SAML.xml");

    struct Options {
        QString folder;
        bool certificate = true;
        bool metadata = true;
        bool overwrite = false;
        // Which certificate to export; empty = SetupState's certificateThumbprint (the active one). Rotation
        // passes the new, not yet active one (then `metadata` must be false: Entra publishes only the active
        // certificate).
        QString thumbprint;
        // The certificate as Entra listed it a moment ago (the read that confirmed its activation, say): when
        // it is `thumbprint`'s, it is exported without reading the certificates again. Otherwise they are
        // read.
        std::optional<TokenSigningCertificate> listed;
    };

    // Pure: the panel values for a tenant in the cloud of `endpoints`.
    static SamlPanelValues panelValues(const CloudEndpoints &endpoints, const QString &tenantId,
                                       const QString &appId, const QString &thumbprint = {},
                                       const QDateTime &expiry = {});
    static QCoro::Task<HandoffFilesResult> exportFiles(OperationContext context, Options options);
};

} // namespace insightly::entra

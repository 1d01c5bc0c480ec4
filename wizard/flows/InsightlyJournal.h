#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace insightly {

class CertificateHandoff;
class SetupStateStore;
struct ScimProbeReport;

// The Insightly side of the audit trail: what the admin was asked to do in Insightly (upload the certificate,
// enter Entra's Login URL and Identifier, enable SCIM provisioning, regenerate the SCIM token, tick Enforce
// SAML Login) and what the wizard then saw (Insightly's certificate matches Entra's active one, the SCIM
// endpoint answered, Insightly accepted a SAML sign-in). Entries go to the current setup's journal
// (SetupStateStore::appendToJournal) with system "insightly" and method "admin" for a request to the admin,
// "seen" for an observation. They hold thumbprints, URLs and HTTP statuses — never a token or a key.
class InsightlyJournal
{
    Q_DECLARE_TR_FUNCTIONS(InsightlyJournal)

public:
    explicit InsightlyJournal(SetupStateStore *store);

    // SAML (Step 2 and the certificate rotation)
    void askedToUploadCertificate(const QString &thumbprint, bool rotation) const;
    void askedToEnterEntraValues(const QUrl &loginUrl, const QString &entraIdentifier) const;
    void sawSignInTest(bool accepted) const;
    void askedToTickEnforce() const;
    void sawEnforceConfirmed() const;
    // Insightly's settings page shows `shown`; `offered` is the certificate Entra has active (or is rotating
    // to).
    void sawInsightlyCertificate(const QString &shown, const QString &offered) const;
    // Records what Insightly's settings page shows from now on, as the hand-off learns it.
    void follow(CertificateHandoff *handoff) const;

    // SCIM (Step 3 and the token rotation)
    void sawScimProbe(const ScimProbeReport &report) const;
    void askedToEnableScim(const QUrl &endpoint) const;
    void askedToRegenerateToken(const QUrl &endpoint) const;

private:
    void record(const QString &method, const QString &object, const QString &note, const QString &value = {},
                int status = 0) const;

    QPointer<SetupStateStore> m_store;
};

} // namespace insightly

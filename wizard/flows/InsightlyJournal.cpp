#include "flows/InsightlyJournal.h"

#include "core/AuditJournal.h"
#include "core/SecretRedaction.h"
#include "core/SetupStateStore.h"
#include "flows/CertificateHandoff.h"
#include "insightly/ScimProbe.h"

#include <QCoreApplication>

#include <memory>

namespace insightly {

namespace {

const QLatin1String kAdmin("admin");
const QLatin1String kSeen("seen");
// Where in Insightly: System Settings › Security › SAML and SCIM, and the two endpoints the wizard talks to.
const QLatin1String kSamlSettings("settings/Saml");
const QLatin1String kSamlSignIn("user/saml");

} // namespace

InsightlyJournal::InsightlyJournal(SetupStateStore *store)
    : m_store(store)
{
}

void InsightlyJournal::record(const QString &method, const QString &object, const QString &note,
                              const QString &value, int status) const
{
    if (!m_store)
        return;
    AuditEntry entry;
    entry.system = QStringLiteral("insightly");
    entry.method = method;
    entry.object = object;
    entry.newValue = value;
    entry.status = status;
    entry.note = note;
    m_store->appendToJournal(entry);
}

void InsightlyJournal::askedToUploadCertificate(const QString &thumbprint, bool rotation) const
{
    record(kAdmin, kSamlSettings + QStringLiteral(": certificate"),
           rotation ? tr("Asked to upload the new SAML signing certificate in Insightly's SAML settings.")
                    : tr("Asked to upload the SAML signing certificate in Insightly's SAML settings."),
           thumbprint);
}

void InsightlyJournal::askedToEnterEntraValues(const QUrl &loginUrl, const QString &entraIdentifier) const
{
    record(kAdmin, kSamlSettings + QStringLiteral(": sign-in URL"),
           tr("Asked to enter Entra's Login URL and Identifier in Insightly's SAML settings."),
           withoutUrlSecrets(loginUrl).toString() + QStringLiteral(" ") + entraIdentifier);
}

void InsightlyJournal::sawSignInTest(bool accepted) const
{
    record(kSeen, kSamlSignIn,
           accepted ? tr("Insightly accepted a SAML sign-in from Entra.")
                    : tr("Insightly did not accept the SAML sign-in from Entra."));
}

void InsightlyJournal::askedToTickEnforce() const
{
    record(kAdmin, kSamlSettings + QStringLiteral(": Enforce SAML Login"),
           tr("Asked to tick Enforce SAML Login in Insightly's SAML settings, now that a sign-in worked."));
}

void InsightlyJournal::sawEnforceConfirmed() const
{
    record(kSeen, kSamlSettings + QStringLiteral(": Enforce SAML Login"),
           tr("The administrator confirmed that Enforce SAML Login is ticked."));
}

void InsightlyJournal::sawInsightlyCertificate(const QString &shown, const QString &offered) const
{
    const bool matches = !shown.isEmpty() && shown.compare(offered, Qt::CaseInsensitive) == 0;
    record(kSeen, kSamlSettings + QStringLiteral(": certificate"),
           matches ? tr("Insightly's certificate now matches the one Entra signs with.")
                   : tr("Insightly shows another certificate than the one Entra signs with."),
           shown);
}

void InsightlyJournal::follow(CertificateHandoff *handoff) const
{
    if (!handoff)
        return;
    // Copied into the connection: the journal writes as long as the hand-off lives. The hand-off says its
    // state again at every look at Insightly's page: only a new sight is recorded.
    const InsightlyJournal journal = *this;
    auto lastSeen = std::make_shared<QString>();
    QObject::connect(handoff, &CertificateHandoff::changed, handoff,
                     [journal, handoff, lastSeen](CertificateHandoff::State state, const QString &) {
                         if (state != CertificateHandoff::State::Held &&
                             state != CertificateHandoff::State::HeldOther)
                             return;
                         const QString seen = handoff->heldThumbprint() + u'/' + handoff->thumbprint();
                         if (seen == *lastSeen)
                             return;
                         *lastSeen = seen;
                         // Held: Insightly shows the offered certificate (or one whose file had no known
                         // thumbprint yet); HeldOther: another one.
                         const QString held = handoff->heldThumbprint();
                         journal.sawInsightlyCertificate(
                             held, state == CertificateHandoff::State::Held ? held : handoff->thumbprint());
                     });
}

void InsightlyJournal::sawScimProbe(const ScimProbeReport &report) const
{
    if (report.cancelled)
        return;
    // The service provider configuration read with the token is the endpoint's answer that counts.
    int status = 0;
    for (const ScimCheck &check : report.checks)
        if (check.id == ScimCheckId::ServiceProviderConfig && check.passed())
            status = 200;
    const QUrl endpoint = withoutUrlSecrets(report.base);
    record(QStringLiteral("GET"), endpoint.toString(),
           report.allPassed() ? tr("Insightly's SCIM endpoint answered the wizard's checks with the token.")
                              : tr("Insightly's SCIM endpoint did not pass the wizard's checks: %1")
                                    .arg(report.firstFailure().what),
           {}, status);
}

void InsightlyJournal::askedToEnableScim(const QUrl &endpoint) const
{
    record(kAdmin, kSamlSettings + QStringLiteral(": SCIM"),
           tr("Asked to enable SCIM provisioning in Insightly and copy its endpoint and token into the "
                "wizard."),
           withoutUrlSecrets(endpoint).toString());
}

void InsightlyJournal::askedToRegenerateToken(const QUrl &endpoint) const
{
    record(kAdmin, kSamlSettings + QStringLiteral(": SCIM token"),
           tr("Asked to regenerate the SCIM token in Insightly and copy the new one into the wizard."),
           withoutUrlSecrets(endpoint).toString());
}

} // namespace insightly

#include "flows/StatusRowRules.h"

#include <QLocale>

namespace insightly {

using Id = StatusRow::Id;
using Level = StatusRow::Level;

namespace {

StatusRow row(Id id, Level level, const QString &summary, const QString &action = {})
{
    StatusRow r;
    r.id = id;
    r.title = StatusRow::titleOf(id);
    r.level = level;
    r.summary = summary;
    r.action = action;
    return r;
}

// Insightly needs exactly one Identifier and one Reply URL, both the Sign-in page URL, character for
// character: a trailing slash or another pod is enough to break the sign-in (Insightly compares the SAML
// Destination and Audience with its Sign-in page URL exactly).
bool sameUrl(const QString &value, const QUrl &expected)
{
    return QUrl(value, QUrl::StrictMode).toString(QUrl::FullyEncoded) ==
           expected.toString(QUrl::FullyEncoded);
}

} // namespace

QString StatusRowRules::when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString StatusRowRules::runNewSetupAction(const QString &step)
{
    return tr("Run the wizard again and choose \"Set up single sign-on and provisioning\"; %1 It keeps what "
              "is already set up.")
        .arg(step);
}

QString StatusRowRules::rotateCertificateAction()
{
    return tr("Run the wizard again and choose \"Rotate the SAML signing certificate\".");
}

StatusRow StatusRowRules::loading(Id id)
{
    return row(id, Level::Loading, tr("Reading…"));
}

StatusRow StatusRowRules::notApplicable(Id id, const QString &reason)
{
    return row(id, Level::NotApplicable, reason);
}

StatusRow StatusRowRules::unreadable(Id id, const UserMessage &error)
{
    StatusRow r = row(id, Level::Unknown, tr("Could not be read: %1").arg(error.what), error.action);
    r.error = error;
    return r;
}

StatusRow StatusRowRules::tenant(const entra::SignedInIdentity &identity, const SetupState &state)
{
    const QString tenantId = identity.tenantId.isEmpty() ? state.tenantId : identity.tenantId;
    const QString name = identity.tenantName.isEmpty() ? state.tenantDisplayName : identity.tenantName;
    if (identity.userPrincipalName.isEmpty())
        return row(Id::Tenant, Level::Error, tr("Not signed in to Microsoft Entra."),
                   tr("Go back to the sign-in step and sign in."));
    StatusRow r =
        row(Id::Tenant, Level::Ok,
            tr("%1, signed in as %2").arg(name.isEmpty() ? tenantId : name, identity.userPrincipalName));
    r.addFact(tr("Tenant ID"), tenantId);
    r.addFact(tr("Directory roles"), identity.directoryRoles.join(QStringLiteral(", ")));
    r.values.insert(QStringLiteral("tenantId"), tenantId);
    r.values.insert(QStringLiteral("admin"), identity.userPrincipalName);
    return r;
}

StatusRow StatusRowRules::instance(const SetupState &state, bool appFound)
{
    if (state.insightlySignInUrl.isEmpty()) {
        if (!appFound)
            return notApplicable(Id::Instance, tr("No Insightly instance is connected yet."));
        return row(Id::Instance, Level::Warning, tr("This computer has no record of the Insightly instance."),
                   runNewSetupAction(tr("the Insightly step reads the Sign-in page URL.")));
    }
    StatusRow r = row(Id::Instance, Level::Ok, state.insightlySignInUrl.host());
    r.addFact(tr("Sign-in page URL"), state.insightlySignInUrl.toString());
    r.addFact(tr("Instance ID"), state.instanceId);
    r.addFact(tr("Pod"), state.pod);
    r.values.insert(QStringLiteral("signInPageUrl"), state.insightlySignInUrl.toString());
    return r;
}

StatusRow StatusRowRules::application(const entra::ExistingApplications &found,
                                      entra::InsightlyApplication *use)
{
    *use = {};
    if (found.failed())
        return unreadable(Id::Application, found.error);
    QList<entra::InsightlyApplication> apps = found.fromTemplate;
    if (found.saved)
        apps = {*found.saved};
    if (apps.isEmpty()) {
        StatusRow r =
            row(Id::Application, Level::Error, tr("No Insightly SAML enterprise application was found."),
                runNewSetupAction(tr("Step 1 adds Insightly SAML from the Microsoft Entra gallery.")));
        if (found.savedMissing)
            r.addFact(tr("Why"), tr("The application recorded by the last run no longer exists in Entra."));
        return r;
    }
    if (apps.size() > 1) {
        StatusRow r = row(Id::Application, Level::Warning,
                          tr("%n Insightly SAML applications exist; the wizard does not know which one "
                             "Insightly uses.",
                             nullptr, int(apps.size())),
                          runNewSetupAction(tr("Step 1 lets you choose the application to keep using.")));
        for (const entra::InsightlyApplication &app : apps)
            r.addFact(app.displayName,
                      tr("application ID %1, created %2").arg(app.appId, when(app.createdDateTime)));
        return r;
    }
    *use = apps.constFirst();
    StatusRow r = row(Id::Application, Level::Ok, tr("Found: %1").arg(use->displayName));
    if (found.savedMissing)
        r.addFact(tr("Note"), tr("The application recorded by the last run no longer exists; this one was "
                                 "found by its gallery template."));
    r.addFact(tr("Name"), use->displayName);
    r.addFact(tr("Application (client) ID"), use->appId);
    r.addFact(tr("Enterprise application object ID"), use->servicePrincipalId);
    r.values.insert(QStringLiteral("servicePrincipalId"), use->servicePrincipalId);
    r.values.insert(QStringLiteral("appId"), use->appId);
    return r;
}

StatusRow StatusRowRules::samlSettings(const entra::SamlSettingsReading &reading, const QUrl &signInPageUrl)
{
    if (!reading.error.isEmpty())
        return unreadable(Id::SamlSettings, reading.error);
    const QString fix = runNewSetupAction(tr("Step 2 sets SAML mode, the Identifier and the Reply URL."));
    QStringList problems;
    if (reading.singleSignOnMode.compare(QLatin1String("saml"), Qt::CaseInsensitive) != 0)
        problems << tr("Single sign-on mode is \"%1\", not SAML.")
                        .arg(reading.singleSignOnMode.isEmpty() ? tr("not set") : reading.singleSignOnMode);
    const auto check = [&](const QStringList &values, const QString &what) {
        if (values.size() != 1)
            problems
                << tr("%1: %n values; Insightly needs exactly one.", nullptr, int(values.size())).arg(what);
        else if (!signInPageUrl.isEmpty() && !sameUrl(values.constFirst(), signInPageUrl))
            problems << tr("%1 differs from Insightly's Sign-in page URL.").arg(what);
    };
    check(reading.identifierUris, tr("Identifier (Entity ID)"));
    check(reading.redirectUris, tr("Reply URL"));
    if (signInPageUrl.isEmpty() && reading.identifierUris.size() == 1 && reading.redirectUris.size() == 1 &&
        reading.identifierUris.constFirst() != reading.redirectUris.constFirst())
        problems << tr("The Identifier and the Reply URL differ; both must be the Sign-in page URL.");

    StatusRow r = problems.isEmpty()
                      ? row(Id::SamlSettings, Level::Ok,
                            signInPageUrl.isEmpty()
                                ? tr("SAML; Identifier and Reply URL are set (the Sign-in page URL is not "
                                     "recorded on this computer to compare with).")
                                : tr("SAML; Identifier and Reply URL equal the Insightly Sign-in page URL."))
                      : row(Id::SamlSettings, Level::Error, problems.join(u' '), fix);
    r.addFact(tr("Single sign-on mode"), reading.singleSignOnMode);
    r.addFact(tr("Identifier (Entity ID)"), reading.identifierUris.join(QStringLiteral(", ")));
    r.addFact(tr("Reply URL"), reading.redirectUris.join(QStringLiteral(", ")));
    r.addFact(tr("Expected"), signInPageUrl.toString());
    r.values.insert(QStringLiteral("mismatch"), !problems.isEmpty());
    return r;
}

StatusRow StatusRowRules::certificate(const entra::CertificateInventory &inventory, const SetupState &state,
                                      const QDateTime &now)
{
    if (inventory.failed())
        return unreadable(Id::Certificate, inventory.error);
    const entra::TokenSigningCertificate *active = inventory.active();
    StatusRow r;
    if (inventory.certificates.isEmpty()) {
        r = row(
            Id::Certificate, Level::Error,
            tr("The application has no SAML signing certificate: Entra cannot sign a sign-in (AADSTS50003)."),
            runNewSetupAction(tr("Step 2 creates the certificate and makes it active.")));
    } else if (!active) {
        r = row(Id::Certificate, Level::Error,
                tr("No signing certificate is active (AADSTS50146 at sign-in)."), rotateCertificateAction());
    } else {
        const qint64 days = active->daysLeft(now);
        const QString until = when(active->endDateTime);
        if (active->endDateTime <= now)
            r = row(Id::Certificate, Level::Error,
                    tr("The active certificate expired on %1: nobody can sign in to Insightly.").arg(until),
                    rotateCertificateAction());
        else if (days < entra::SigningCertificates::kRenewWhenDaysLeft)
            r = row(Id::Certificate, Level::Warning,
                    tr("The active certificate expires in %n day(s), on %1.", nullptr, int(days)).arg(until),
                    rotateCertificateAction());
        else
            r = row(Id::Certificate, Level::Ok,
                    tr("Active, valid until %1 (%n days left).", nullptr, int(days)).arg(until));
        r.addFact(tr("Active thumbprint"), active->thumbprint);
        r.addFact(tr("Valid until"), until);
        r.values.insert(QStringLiteral("thumbprint"), active->thumbprint);
        r.values.insert(QStringLiteral("expiry"), active->endDateTime);
        r.values.insert(QStringLiteral("daysLeft"), days);
        if (r.level == Level::Ok && !state.certificateThumbprint.isEmpty() &&
            state.certificateThumbprint.compare(active->thumbprint, Qt::CaseInsensitive) != 0) {
            r.level = Level::Warning;
            r.summary = tr("The active certificate is not the one this wizard gave Insightly (%1); Insightly "
                           "rejects sign-ins unless it holds the active one.")
                            .arg(state.certificateThumbprint);
            r.action = tr("Upload the active certificate to Insightly, or run the wizard again and choose "
                          "\"Rotate the SAML signing certificate\".");
        }
    }
    r.addFact(tr("Expiry notification e-mails"),
              inventory.notificationEmailAddresses.isEmpty()
                  ? tr("none")
                  : inventory.notificationEmailAddresses.join(QStringLiteral(", ")));
    if (r.level == Level::Ok && inventory.notificationEmailAddresses.isEmpty()) {
        r.level = Level::Warning;
        r.summary += u' ' + tr("Nobody gets Microsoft's expiry e-mails (60, 30 and 7 days before).");
        r.action = tr("Add a notification e-mail in Entra: Single sign-on › SAML Certificates › Edit.");
    }
    QStringList others;
    for (const entra::TokenSigningCertificate &c : inventory.certificates)
        if (!c.active)
            others << tr("%1 (until %2)").arg(c.thumbprint, when(c.endDateTime));
    r.addFact(tr("Inactive certificates"), others.join(QStringLiteral("; ")));
    r.values.insert(QStringLiteral("inactiveCount"), int(others.size()));
    r.values.insert(QStringLiteral("notificationEmails"), inventory.notificationEmailAddresses);
    return r;
}

StatusRow StatusRowRules::signInTest(const SetupState &state)
{
    const QString test = runNewSetupAction(tr("Step 2 tests the sign-in."));
    if (!state.lastSignInTest)
        return row(Id::SignInTest, Level::Warning, tr("The sign-in has not been tested by this wizard."),
                   test);
    const SetupState::SignInTestResult &last = *state.lastSignInTest;
    StatusRow r = last.succeeded
                      ? row(Id::SignInTest, Level::Ok, tr("Passed on %1.").arg(when(last.testedAt)))
                      : row(Id::SignInTest, Level::Error, tr("Failed on %1.").arg(when(last.testedAt)), test);
    r.addFact(tr("Result"), last.detail);
    r.values.insert(QStringLiteral("passed"), last.succeeded);
    return r;
}

StatusRow StatusRowRules::enforceSaml(const SetupState &state)
{
    if (state.isStepCompleted(SetupState::Step::Enforce)) {
        StatusRow r = row(Id::EnforceSaml, Level::Ok,
                          tr("Confirmed on %1: Insightly users sign in through Microsoft Entra.")
                              .arg(when(state.completedSteps.value(SetupState::Step::Enforce))));
        r.values.insert(QStringLiteral("confirmed"), true);
        return r;
    }
    const bool tested = state.lastSignInTest && state.lastSignInTest->succeeded;
    StatusRow r =
        row(Id::EnforceSaml, Level::Warning,
            tr("Not confirmed: users may still sign in to Insightly with a password."),
            tested ? tr("In Insightly, open System Settings › Security › SAML and SCIM, tick Enforce SAML "
                        "Login and save; then confirm it in Step 2 of the wizard.")
                   : tr("First pass the sign-in test; only then tick Enforce SAML Login in Insightly "
                        "(System Settings › Security › SAML and SCIM) and save."));
    r.values.insert(QStringLiteral("confirmed"), false);
    return r;
}

StatusRow StatusRowRules::provisioning(const entra::ProvisioningReading &reading)
{
    if (!reading.error.isEmpty())
        return unreadable(Id::Provisioning, reading.error);
    const QString setUp =
        runNewSetupAction(tr("Step 3 sets up provisioning with Insightly's SCIM endpoint and token."));
    if (!reading.hasJob)
        return row(Id::Provisioning, Level::Warning, tr("Provisioning is not set up."), setUp);
    const entra::ProvisioningStatus &s = reading.status;
    StatusRow r;
    if (s.isQuarantined()) {
        r = row(Id::Provisioning, Level::Error,
                tr("In quarantine (%1): %2").arg(s.quarantineReason, s.quarantine.what), s.quarantine.action);
        r.error = s.quarantine;
    } else if (s.code == QLatin1String("NotConfigured")) {
        r = row(Id::Provisioning, Level::Warning, tr("The Tenant URL and Secret Token are not saved."),
                setUp);
    } else if (s.lastExecutionState == QLatin1String("Failed")) {
        r = row(Id::Provisioning, Level::Error, tr("The last cycle failed: %1").arg(s.lastCycleError.what),
                s.lastCycleError.action.isEmpty() ? setUp : s.lastCycleError.action);
        r.error = s.lastCycleError;
    } else if (!s.isRunning()) {
        r = row(Id::Provisioning, Level::Warning, tr("Provisioning is paused (%1).").arg(s.code),
                tr("In Entra, open the Insightly SAML application › Provisioning and select Start "
                   "provisioning."));
    } else if (s.lastExecutionState == QLatin1String("EntryLevelErrors")) {
        r = row(
            Id::Provisioning, Level::Warning,
            tr("Running; %n user(s) could not be provisioned in the last cycle.", nullptr, s.countEscrowed),
            tr("Open the provisioning logs in Entra (Insightly SAML › Provisioning logs) for each user's "
               "error."));
    } else if (s.lastExecutionState.isEmpty()) {
        r = row(Id::Provisioning, Level::Ok,
                tr("Running; the first cycle has not finished yet (it can take a while in Entra)."));
    } else {
        r = row(Id::Provisioning, Level::Ok,
                tr("Running; the last cycle succeeded on %1.").arg(when(s.lastExecutionEnded)));
    }
    r.addFact(tr("Job"), s.jobId);
    r.addFact(tr("State"), s.code);
    if (!s.lastExecutionState.isEmpty())
        r.addFact(tr("Last cycle"),
                  tr("%1, ended %2").arg(s.lastCycleResultText(), when(s.lastExecutionEnded)));
    r.addFact(tr("Last successful cycle"), when(s.lastSuccessfulExecutionEnded));
    r.addFact(tr("Counts"), tr("%1 in scope, %2 changes sent, %3 failed, %4 users in sync")
                                .arg(s.countEntitled)
                                .arg(s.countExported)
                                .arg(s.countEscrowed)
                                .arg(s.synchronizedUsers));
    r.addFact(tr("Steady state"),
              s.steadyStateLastAchieved.isValid() ? when(s.steadyStateLastAchieved) : tr("not reached yet"));
    r.addFact(tr("Quarantine reason"), s.quarantineReason);
    if (s.isQuarantined())
        r.addFact(tr("Microsoft's message"), s.quarantine.details);
    r.values.insert(QStringLiteral("jobId"), s.jobId);
    r.values.insert(QStringLiteral("code"), s.code);
    r.values.insert(QStringLiteral("lastExecutionState"), s.lastExecutionState);
    r.values.insert(QStringLiteral("quarantineReason"), s.quarantineReason);
    r.values.insert(QStringLiteral("synchronizedUsers"), s.synchronizedUsers);
    return r;
}

StatusRow StatusRowRules::scimToken(const SecretResult &stored, bool provisioningSetUp)
{
    if (!stored.ok && !stored.notFound)
        return unreadable(Id::ScimToken, stored.error);
    StatusRow r;
    if (stored.ok)
        r = row(Id::ScimToken, Level::Ok, tr("Stored in this computer's keychain (not shown)."));
    else if (!provisioningSetUp)
        r = notApplicable(Id::ScimToken, tr("Not stored; provisioning is not set up."));
    else
        r = row(
            Id::ScimToken, Level::Warning,
            tr("Not stored on this computer. Entra keeps its own copy, so provisioning is not affected."),
            tr("Nothing to do unless provisioning fails; then regenerate the token in Insightly and save it "
               "in Step 3 of the wizard."));
    r.values.insert(QStringLiteral("stored"), stored.ok);
    return r;
}

StatusRow StatusRowRules::assignments(const entra::AssignmentCount &count, qsizetype pendingInQueue)
{
    if (!count.error.isEmpty())
        return unreadable(Id::Assignments, count.error);
    const QString assign = runNewSetupAction(tr("Step 4 assigns users and groups."));
    StatusRow r;
    if (count.users + count.groups == 0)
        r = row(Id::Assignments, Level::Warning,
                tr("Nobody is assigned: no user can sign in or be provisioned."), assign);
    else if (pendingInQueue > 0)
        r = row(Id::Assignments, Level::Warning,
                tr("%n assignment(s) chosen in the last run are not done yet.", nullptr, int(pendingInQueue)),
                assign);
    else
        r = row(Id::Assignments, Level::Ok,
                tr("%n user(s) and %1 group(s) assigned.", nullptr, count.users).arg(count.groups));
    r.addFact(tr("Users"), QString::number(count.users));
    r.addFact(tr("Groups"), QString::number(count.groups));
    if (count.others > 0)
        r.addFact(tr("Other (applications)"), QString::number(count.others));
    r.addFact(tr("Note"), tr("Members of assigned groups are provisioned; groups nested in them are not."));
    r.values.insert(QStringLiteral("users"), count.users);
    r.values.insert(QStringLiteral("groups"), count.groups);
    return r;
}

} // namespace insightly

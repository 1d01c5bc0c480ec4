#pragma once

// The saved session a scheduled check finds: the refresh token of a sign-in with the wizard's own scopes
// (SetupStepsFixture signs in with ".default", which a refresh for the wizard's scopes cannot redeem), kept
// in the keychain exactly as after an interactive sign-in.
#include "SetupStepsFixture.h"
#include "entra/CloudEndpoints.h"
#include "entra/TokenClient.h"

#include <QUrlQuery>
#include <QUuid>

namespace checksession {

inline QString keepWizardSession(SetupStepsFixture &f)
{
    using namespace insightly;
    entra::SignInSession &session = f.wizard->startSession(f.sim->tenantId());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), QStringLiteral("admin@contoso.example"));
    form.addQueryItem(QStringLiteral("password"), f.sim->server().options().password);
    form.addQueryItem(QStringLiteral("scope"),
                      entra::wizardScopes(entra::CloudEndpoints::forCloud(entra::Cloud::Global)).join(u' '));
    const entra::TokenResponse tokens = f.run(session.tokenClient()->requestToken(form), 60000);
    const entra::SignInOutcome outcome = f.run(session.adoptTokens(tokens), 60000);
    if (!outcome.signedIn)
        return outcome.error.toDiagnostics();
    return outcome.sessionNotKept.isEmpty() ? QString() : outcome.sessionNotKept.toDiagnostics();
}

// A setup of another tenant, saved in `store`, whose session was never kept in the keychain; its tenant id.
inline QString saveSetupWithoutSession(insightly::SetupStateStore &store, const QString &tenantName)
{
    const QString tenant = QUuid::createUuid().toString(QUuid::WithoutBraces);
    store.load(tenant);
    store.update([&](insightly::SetupState &s) {
        s.tenantId = tenant;
        s.tenantDisplayName = tenantName;
    });
    return tenant;
}

} // namespace checksession

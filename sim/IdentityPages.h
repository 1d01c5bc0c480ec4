#pragma once

#include <QString>
#include <QStringList>

namespace sim::pages {

// The identity platform's HTML pages. Stable element ids for tests and the wizard's end-to-end driver:
// sign-in form `username`, `password`, submit `signin`, message `error`; consent `accept`, `cancel`;
// device login `otc`, submit `next`.

struct SignInPage {
    QString action;       // form action (absolute path)
    QString continuation; // hidden "ctx" field
    QString username;     // prefilled (login_hint or the last attempt)
    QString error;        // shown above the form
    QString password;     // the seeded accounts' password, shown as a hint
    QString clientName;
};
QString signIn(const SignInPage &page);

struct ConsentPage {
    QString action;
    QString flowId; // hidden "flow" field
    QString userPrincipalName;
    QString clientName;
    QString clientId;
    QStringList scopes;
};
QString consent(const ConsentPage &page);

// Entra's "Sorry, but we're having trouble signing you in." page.
QString error(int aadsts, const QString &message, const QString &traceId, const QString &correlationId,
              const QString &timestamp);

QString deviceCodeEntry(const QString &action, const QString &error);
QString deviceDone(const QString &clientName, bool approved);

} // namespace sim::pages

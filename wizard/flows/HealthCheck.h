#pragma once

#include "core/SetupKey.h"

#include "entra/CloudEndpoints.h"
#include "flows/HealthVerdict.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <qcorotask.h>

class QNetworkAccessManager;

namespace insightly {

class SecretStore;
class SetupStateStore;

// `--check`: the status report's checks without a window. Picks the saved setup (by tenant, by Insightly
// instance, else the most recently used), signs in silently with the refresh token in the keychain — never
// prompting: no saved session means "cannot tell" — reads the status report and judges it (HealthVerdict).
// Reads only; nothing is changed in Entra or Insightly.
class HealthCheck : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString tenant;   // a tenant id with a saved setup; empty = by instance, else the most recent
        QUrl instance;    // Insightly: the Sign-in page URL or just its host
        QString clientId; // empty = the one the setup signed in with
        HealthVerdict::Options verdict;
    };

    HealthCheck(QNetworkAccessManager *network, SecretStore *secrets, SetupStateStore *setup,
                entra::CloudEndpoints endpoints, QObject *parent = nullptr);

    QCoro::Task<HealthVerdict> run(Options options);

    // The saved setup `options` points at (its tenant and instance); empty with `*why` set when there is
    // none.
    SetupKey chooseSetup(const Options &options, QString *why) const;

private:
    QPointer<QNetworkAccessManager> m_network;
    QPointer<SecretStore> m_secrets;
    QPointer<SetupStateStore> m_setup;
    entra::CloudEndpoints m_endpoints;
};

} // namespace insightly

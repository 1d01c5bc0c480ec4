#pragma once

#include "core/SetupKey.h"

#include "entra/CloudEndpoints.h"
#include "flows/HealthVerdict.h"
#include "flows/SavedSession.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <qcorotask.h>

class QNetworkAccessManager;

namespace insightly {

class SecretStore;
class SetupStateStore;

// `--check`: the status report's checks without a window. Restores the saved session of a setup
// (SavedSession: by tenant, by Insightly instance, else the most recently used; never prompting — no saved
// session means "cannot tell"), reads the status report and judges it (HealthVerdict).
// Reads only; nothing is changed in Entra or Insightly.
class HealthCheck : public QObject
{
    Q_OBJECT
public:
    // Which setup (tenant, instance, client id) and how to judge it.
    struct Options : SavedSession::Options {
        HealthVerdict::Options verdict;
    };

    HealthCheck(QNetworkAccessManager *network, SecretStore *secrets, SetupStateStore *setup,
                entra::CloudEndpoints endpoints, QObject *parent = nullptr);

    QCoro::Task<HealthVerdict> run(Options options);
    // The setup the last run() restored (its state stays empty when none was found).
    const SavedSession &savedSession() const { return m_saved; }

private:
    SavedSession m_saved;
};

} // namespace insightly

#pragma once

#include "core/SetupState.h"
#include "core/UserMessage.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace insightly {

// Owns the current SetupState and keeps it on disk: one JSON file per tenant in
// <AppDataLocation>/setups/<tenant>.json, written atomically (QSaveFile) after every change, so that a crash
// or a closed laptop never leaves a half-written file and a re-run resumes where the last one stopped.
class SetupStateStore : public QObject
{
    Q_OBJECT
public:
    enum class LoadOutcome {
        Loaded,       // the saved setup is now current
        NotFound,     // no saved setup for this tenant: a fresh one is current
        NewerVersion, // written by a newer version of the app: left untouched, and never overwritten by us
        Corrupt,      // unreadable: moved aside to <tenant>.json.corrupt-<timestamp>, a fresh one is current
        Failed,       // could not be read or moved aside (I/O): a fresh one is current, the file is untouched
    };
    struct LoadResult {
        LoadOutcome outcome = LoadOutcome::NotFound;
        UserMessage message; // set for NewerVersion, Corrupt and Failed
    };

    // `directory` defaults to <AppDataLocation>/setups.
    explicit SetupStateStore(QObject *parent = nullptr);
    explicit SetupStateStore(const QString &directory, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    QString filePath(const QString &tenantId) const;

    const SetupState &state() const { return m_state; }

    // Makes the saved setup of `tenantId` current (or a fresh one for that tenant).
    LoadResult load(const QString &tenantId);
    // At start-up: loads the most recently saved setup, if there is one.
    LoadResult loadMostRecent();

    // Changes the current state and saves it. A state without a tenant id stays in memory until it has one;
    // call load(tenantId) as soon as the tenant is known, so that a saved setup is continued, not
    // overwritten. Returns false (and emits saveFailed) when the file could not be written; the change is
    // kept in memory.
    bool update(const std::function<void(SetupState &)> &change);
    bool replace(const SetupState &state);
    bool markStepCompleted(SetupState::Step step, const QDateTime &when = QDateTime::currentDateTimeUtc());

    QStringList knownTenants() const; // tenants with a saved setup, sorted
    QString mostRecentTenant() const; // the tenant whose setup was saved last; empty when none

    // The last save error, empty after a successful save.
    UserMessage lastSaveError() const { return m_lastSaveError; }

signals:
    void changed();
    void saveFailed(const insightly::UserMessage &message);

private:
    bool save();
    void rememberLastUsed();
    QString moveAside(const QString &path) const;

    QString m_directory;
    SetupState m_state;
    QString m_boundTenant;           // lower case: the tenant whose file m_state was loaded from or saved to
    QSet<QString> m_readOnlyTenants; // files from a newer version: never overwrite them
    UserMessage m_lastSaveError;
};

} // namespace insightly

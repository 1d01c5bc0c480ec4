#pragma once

#include "core/AuditJournal.h"
#include "core/SetupCatalogue.h"
#include "core/SetupKey.h"
#include "core/SetupState.h"
#include "core/UserMessage.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace insightly {

// Owns the current SetupState and keeps it on disk (the catalogue of all saved setups is SetupCatalogue's):
// one JSON file per setup — per (tenant, Insightly
// instance), see SetupKey — in <AppDataLocation>/setups/<tenant>@<instance>.json (<tenant>.json while a new
// setup has no instance yet), written atomically (QSaveFile) after every change, so that a crash or a closed
// laptop never leaves a half-written file and a re-run resumes where the last one stopped. A bulk
// assignment's progress is appended beside it instead (markAssigned()). When the instance becomes known the
// file (and the journal) move to the setup's own name; a file of an earlier version, kept per tenant, moves
// there the first time the store looks at its folder. Files are owner-only (0600, folder 0700); URLs are
// stored without secrets (withoutUrlSecrets: a SCIM URL pasted with ?token= is saved without it).
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
        UserMessage message;  // set for NewerVersion, Corrupt and Failed
        QString movedAsideTo; // Corrupt: where the damaged file now is
    };

    // What the UI shows about the saved setup, queryable at any time; statusChanged() says when it changes.
    enum class Problem {
        None,
        DamagedFileMovedAside, // the saved file was damaged and moved aside: the setup starts afresh
        FileUnreadable,        // the saved file couldn't be read or moved aside: nothing is saved until fixed
        NewerVersion,          // the saved file is from a newer app: left untouched, nothing is saved
        SaveFailed,            // the folder (or disk) refused the last save: progress isn't being kept
        NotLoaded,             // a saved setup for the tenant exists and wasn't opened
    };
    struct Status {
        Problem problem = Problem::None;
        UserMessage message;                 // cause and action, for the admin
        QString movedAsideTo;                // DamagedFileMovedAside: the damaged file's new path
        bool canRetry = false;               // retry() may now succeed (after the admin fixed the cause)
        bool canChooseAnotherFolder = false; // useFolder() is a way out
        bool ok() const { return problem == Problem::None; }
    };

    // `directory` defaults to <AppDataLocation>/setups, its journal to <AppDataLocation>/journal; a store in
    // another folder keeps its journal in <directory>/journal.
    explicit SetupStateStore(QObject *parent = nullptr);
    explicit SetupStateStore(const QString &directory, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    QString filePath(const QString &tenantId) const; // the tenant-only file (a new setup without instance)
    QString filePath(const SetupKey &setup) const;
    QString currentFilePath() const { return filePath(SetupKey::of(m_state)); }

    const SetupState &state() const { return m_state; }
    SetupKey currentKey() const { return SetupKey::of(m_state); }

    // The audit journal of the setups in this store; appendToJournal() writes to the current setup's.
    AuditJournal journal() const { return AuditJournal(m_journalDirectory); }
    bool appendToJournal(const AuditEntry &entry) const;

    // The setup the admin picked (Welcome page, or --open with --tenant/--instance): load(tenantId) then
    // opens it when the signed-in tenant is its tenant. An empty instance asks for a new setup of the tenant;
    // an empty key for a new setup of whichever tenant signs in. Without a choice, load(tenantId) opens the
    // tenant's most recently saved setup.
    void choose(const SetupKey &setup) { m_choice = setup; }
    void forgetChoice() { m_choice.reset(); }
    std::optional<SetupKey> choice() const { return m_choice; }

    // Makes the saved setup of `tenantId` current (or a fresh one for that tenant); which one, see choose().
    LoadResult load(const QString &tenantId);
    LoadResult load(const SetupKey &setup);
    // At start-up: loads the most recently saved setup, if there is one.
    LoadResult loadMostRecent();

    // Changes the current state and saves it. A state without a tenant id stays in memory until it has one;
    // call load(tenantId) as soon as the tenant is known, so that a saved setup is continued, not
    // overwritten. Returns false (and emits saveFailed) when the file could not be written; the change is
    // kept in memory.
    bool update(const std::function<void(SetupState &)> &change);
    bool replace(const SetupState &state);
    // Marks the queued assignments of these principals done, and keeps that on disk at a cost that does not
    // grow with the queue: the ids are appended to a small file beside the setup's (see
    // SetupCatalogue::assignedMarksPath) instead of rewriting the whole setup, queue included, once a second
    // of a bulk run. The next full save (any update()) writes them into the setup's file and drops the marks;
    // load() folds them in. Falls back to a full save when the setup's file is not there yet or the marks
    // cannot be appended. Returns false (and emits saveFailed) as update() does.
    bool markAssigned(const QSet<QString> &principalIds);
    bool markStepCompleted(SetupState::Step step, const QDateTime &when = QDateTime::currentDateTimeUtc());

    // The catalogue of the setups saved in this store's folder (which exist, the one used last, finding
    // one, forgetting a tenant's); made for the folder in use now (see useFolder()).
    SetupCatalogue catalogue() const;

    // The last save error, empty after a successful save.
    UserMessage lastSaveError() const { return m_lastSaveError; }

    // The current problem with the saved setup, if any (see Problem). Never silent: every load or save that
    // goes wrong sets it and emits statusChanged().
    Status status() const { return m_status; }
    // The admin has seen a notice (DamagedFileMovedAside): clears it. Other problems stay until solved.
    void acknowledgeStatus();
    // "Retry": reloads an unreadable file, or saves again after a failed save. Returns whether the problem is
    // gone.
    bool retry();
    // "Choose another folder": from now on the setup is kept in `directory` (created owner-only). A saved
    // setup of the current tenant already there is continued; otherwise the current state is saved there.
    // Returns whether the setup is now kept (status() says why not).
    bool useFolder(const QString &directory);

signals:
    void changed();
    void saveFailed(const insightly::UserMessage &message);
    void statusChanged(); // status() changed

private:
    bool save();
    void rememberLastUsed();
    QString moveAside(const QString &path) const;
    void setStatus(Status status);

    QString m_directory;
    QString m_journalDirectory;
    SetupState m_state;
    QString m_boundKey;           // SetupKey::id() of the file m_state was loaded from or saved to
    QSet<QString> m_readOnlyKeys; // files from a newer version: never overwrite them
    std::optional<SetupKey> m_choice;
    UserMessage m_lastSaveError;
    Status m_status;
};

} // namespace insightly

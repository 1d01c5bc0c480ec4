#include "core/SetupStateStore.h"

#include "core/SetupCatalogue.h"

#include "core/LogCategories.h"
#include "core/PrivateFiles.h"
#include "core/SecretRedaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace insightly {

SetupStateStore::SetupStateStore(QObject *parent)
    : SetupStateStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QLatin1String("/setups"),
                      parent)
{
    m_journalDirectory = AuditJournal().directory();
}

SetupStateStore::SetupStateStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_journalDirectory(directory + QLatin1String("/journal"))
{
}

QString SetupStateStore::filePath(const QString &tenantId) const
{
    return filePath(SetupKey{tenantId, {}});
}

QString SetupStateStore::filePath(const SetupKey &setup) const
{
    return catalogue().filePath(setup);
}

SetupCatalogue SetupStateStore::catalogue() const
{
    return SetupCatalogue(m_directory, m_journalDirectory);
}

bool SetupStateStore::appendToJournal(const AuditEntry &entry) const
{
    const SetupKey setup = currentKey();
    return !setup.isEmpty() && journal().append(setup.id(), entry);
}

SetupStateStore::LoadResult SetupStateStore::load(const QString &tenantId)
{
    SetupKey setup{tenantId, {}};
    if (m_choice) {
        if (m_choice->tenantId.compare(tenantId, Qt::CaseInsensitive) == 0)
            setup = *m_choice;
    } else if (const SetupKey recent = catalogue().mostRecentSetup();
               recent.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0) {
        setup = recent; // the setup used last, when it is this tenant's
    } else {
        for (const SetupCatalogue::SavedSetup &saved :
             catalogue().knownSetups()) { // else the tenant's most recently saved
            if (saved.state.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0) {
                setup.instanceId = saved.state.instanceId;
                break;
            }
        }
    }
    return load(setup);
}

SetupStateStore::LoadResult SetupStateStore::load(const SetupKey &setup)
{
    catalogue().migrateTenantFiles();
    const QString tenantId = setup.tenantId;
    m_state = SetupState();
    m_state.tenantId = tenantId;
    m_state.instanceId = setup.instanceId;
    m_boundKey.clear();
    const QString path = filePath(setup);
    LoadResult result;

    QFile file(path);
    if (!file.exists()) {
        result.outcome = LoadOutcome::NotFound;
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_readOnlyKeys.insert(setup.id());
        result.outcome = LoadOutcome::Failed;
        result.message.what = tr("The saved setup for %1 couldn't be opened.").arg(tenantId);
        result.message.why = file.errorString();
        result.message.action = tr("Check the permissions of %1, then restart the wizard. Until then, the "
                                   "wizard won't overwrite it.")
                                    .arg(QDir::toNativeSeparators(path));
        result.message.details = file.errorString();
    } else {
        const QByteArray bytes = file.readAll();
        file.close();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        const QJsonObject json = document.object();
        const QJsonValue version = json.value(QLatin1String("version"));
        QString problem;
        if (parseError.error != QJsonParseError::NoError)
            problem = tr("It isn't valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset);
        else if (!document.isObject())
            problem = tr("It doesn't contain a setup.");
        else if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt())
            problem = tr("It has no valid format version.");
        else if (version.toInt() <= SetupState::formatVersion &&
                 json.value(QLatin1String("tenantId")).toString().compare(tenantId, Qt::CaseInsensitive) != 0)
            problem = tr("It belongs to another tenant.");
        else if (version.toInt() <= SetupState::formatVersion && !setup.instanceId.isEmpty() &&
                 json.value(QLatin1String("instanceId")).toString() != setup.instanceId)
            problem = tr("It belongs to another Insightly instance.");

        if (problem.isEmpty() && version.toInt() > SetupState::formatVersion) {
            // Reading it could lose what the newer version knows; writing it would destroy it.
            m_readOnlyKeys.insert(setup.id());
            m_state = SetupState();
            result.outcome = LoadOutcome::NewerVersion;
            result.message.what =
                tr("The saved setup for %1 was created by a newer version of Insightly SSO Setup.")
                    .arg(tenantId);
            result.message.why = tr("This version understands setup format %1; the file uses format %2.")
                                     .arg(SetupState::formatVersion)
                                     .arg(version.toInt());
            result.message.action =
                tr("Update the app to the latest version, then open this setup again. The "
                   "file was left untouched.");
            result.message.code = QStringLiteral("SetupStateNewerVersion");
            result.message.details = QDir::toNativeSeparators(path);
        } else if (!problem.isEmpty()) {
            const QString asidePath = moveAside(path);
            result.outcome = asidePath.isEmpty() ? LoadOutcome::Failed : LoadOutcome::Corrupt;
            result.message.what = tr("The saved setup for %1 couldn't be read.").arg(tenantId);
            result.message.why = tr("The file is damaged. %1").arg(problem);
            if (asidePath.isEmpty()) {
                m_readOnlyKeys.insert(setup.id());
                result.message.action =
                    tr("The file couldn't be moved aside, so the wizard won't overwrite it. "
                       "Move or delete %1, then restart the wizard.")
                        .arg(QDir::toNativeSeparators(path));
            } else {
                result.movedAsideTo = asidePath;
                result.message.action = tr("The wizard starts this setup afresh and checks what already "
                                           "exists in your tenant, so "
                                           "nothing is created twice. The damaged file was kept as %1.")
                                            .arg(QDir::toNativeSeparators(asidePath));
            }
            result.message.code = QStringLiteral("SetupStateCorrupt");
            result.message.details = problem;
        } else {
            m_state = SetupState::fromJson(json);
            m_state.tenantId = json.value(QLatin1String("tenantId")).toString();
            SetupCatalogue::foldAssignedMarks(m_state, catalogue().assignedMarksPath(setup));
            result.outcome = LoadOutcome::Loaded;
        }
    }

    if (!result.message.isEmpty())
        qCWarning(lcState).noquote() << result.message.what << result.message.why;
    Status status;
    status.message = result.message;
    switch (result.outcome) {
    case LoadOutcome::Loaded:
    case LoadOutcome::NotFound:
        break;
    case LoadOutcome::Corrupt:
        status.problem = Problem::DamagedFileMovedAside;
        status.movedAsideTo = result.movedAsideTo;
        break;
    case LoadOutcome::NewerVersion:
        status.problem = Problem::NewerVersion;
        break;
    case LoadOutcome::Failed:
        status.problem = Problem::FileUnreadable;
        status.canRetry = true;
        status.canChooseAnotherFolder = true;
        break;
    }
    setStatus(status);
    if (result.outcome == LoadOutcome::Loaded || result.outcome == LoadOutcome::NotFound ||
        result.outcome == LoadOutcome::Corrupt)
        m_boundKey = setup.id();
    if (result.outcome == LoadOutcome::Loaded)
        rememberLastUsed();
    emit changed();
    return result;
}

SetupStateStore::LoadResult SetupStateStore::loadMostRecent()
{
    const SetupKey setup = catalogue().mostRecentSetup();
    if (setup.isEmpty())
        return {};
    return load(setup);
}

bool SetupStateStore::update(const std::function<void(SetupState &)> &change)
{
    change(m_state);
    const bool saved = save();
    emit changed();
    return saved;
}

bool SetupStateStore::replace(const SetupState &state)
{
    return update([&state](SetupState &current) { current = state; });
}

bool SetupStateStore::markAssigned(const QSet<QString> &principalIds)
{
    QByteArray lines;
    bool oneLineEach = true; // ids are GUIDs; one with a line break in it could not be read back
    for (SetupState::Assignment &entry : m_state.assignmentQueue) {
        if (!entry.done && principalIds.contains(entry.principalId)) {
            entry.done = true;
            lines += entry.principalId.toUtf8() + '\n';
            oneLineEach =
                oneLineEach && !entry.principalId.contains(u'\n') && !entry.principalId.contains(u'\r');
        }
    }
    if (lines.isEmpty())
        return true;
    const SetupKey setup = currentKey();
    bool appended = false;
    if (!m_state.tenantId.isEmpty() && setup.id() == m_boundKey && !m_readOnlyKeys.contains(m_boundKey) &&
        oneLineEach && QFile::exists(filePath(setup))) {
        QFile marks(catalogue().assignedMarksPath(setup));
        const bool created = !marks.exists();
        // A write cut short leaves a last line without its line end, which load() ignores.
        appended = marks.open(QIODevice::WriteOnly | QIODevice::Append) &&
                   (!created || restrictToOwner(marks)) && marks.write(lines) == lines.size() &&
                   marks.flush();
    }
    const bool saved = appended || save();
    emit changed();
    return saved;
}

bool SetupStateStore::markStepCompleted(SetupState::Step step, const QDateTime &when)
{
    return update([step, &when](SetupState &state) { state.markStepCompleted(step, when); });
}

bool SetupStateStore::save()
{
    m_lastSaveError = UserMessage();
    if (m_state.tenantId.isEmpty())
        return true; // nothing identifies the setup yet; it is saved once signed in
    const SetupKey setup = currentKey();
    const QString key = setup.id();
    const QString path = filePath(setup);

    if (m_readOnlyKeys.contains(key)) {
        m_lastSaveError.what = tr("The setup progress for %1 isn't being saved.").arg(m_state.tenantId);
        m_lastSaveError.why =
            tr("Its saved file was made by a newer version of the app, or couldn't be read.");
        m_lastSaveError.action = tr("Update the app, or move %1 away, then restart the wizard.")
                                     .arg(QDir::toNativeSeparators(path));
        m_lastSaveError.code = QStringLiteral("SetupStateReadOnly");
    } else if (key != m_boundKey && QFile::exists(path)) {
        // The tenant or instance changed under a state that wasn't loaded from its file: writing would erase
        // the progress saved there. Callers load(tenantId) as soon as the tenant is known.
        m_lastSaveError.what = tr("The setup progress for %1 isn't being saved.").arg(m_state.tenantId);
        m_lastSaveError.why = tr("A saved setup for this tenant exists and wasn't opened.");
        m_lastSaveError.action = tr("Restart the wizard to continue the saved setup.");
        m_lastSaveError.code = QStringLiteral("SetupStateNotLoaded");
    } else {
        // A URL pasted with a secret in it (a SCIM URL with ?token=, credentials in the user-info) is kept
        // in memory for this run, but never written.
        SetupState stored = m_state;
        stored.scimBaseAddress = withoutUrlSecrets(stored.scimBaseAddress);
        stored.insightlySignInUrl = withoutUrlSecrets(stored.insightlySignInUrl);
        QJsonObject json = stored.toJson();
        json.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
        QSaveFile file(path);
        // A short write (disk full, file-size limit) is not an error to QFileDevice; without this check
        // commit() would replace the good file with a truncated one.
        const bool written = makePrivateFolder(m_directory) && file.open(QIODevice::WriteOnly) &&
                             restrictToOwner(file) && file.write(bytes) == bytes.size();
        if (!written)
            file.cancelWriting();
        if (written) {
            // The marks appended since the last full save are all in this file: dropped before it replaces
            // the old one, so that marks never outlive a later change to the queue (a crash in between costs
            // a resent assignment, which Graph answers "already exists").
            const SetupCatalogue folder = catalogue();
            QFile::remove(folder.assignedMarksPath(setup));
            if (!m_boundKey.isEmpty() && m_boundKey != key)
                QFile::remove(folder.assignedMarksPath(SetupKey::fromId(m_boundKey)));
        }
        if (written && file.commit()) {
            const SetupKey before = SetupKey::fromId(m_boundKey);
            if (!m_boundKey.isEmpty() && m_boundKey != key && before.instanceId.isEmpty() &&
                before.tenantId == setup.tenantId.toLower()) {
                // A new setup learnt its instance: its file and journal move to the setup's own name.
                QFile::remove(filePath(before));
                const AuditJournal setupJournal = journal();
                if (QFile::exists(setupJournal.filePath(m_boundKey)) &&
                    !QFile::exists(setupJournal.filePath(key)))
                    QFile::rename(setupJournal.filePath(m_boundKey), setupJournal.filePath(key));
            }
            m_boundKey = key;
            rememberLastUsed();
            if (m_status.problem == Problem::SaveFailed || m_status.problem == Problem::NotLoaded)
                setStatus({});
            return true;
        }
        const QString cause = file.errorString().isEmpty() || !QFileInfo(m_directory).isDir()
                                  ? tr("The folder %1 can't be created or isn't a folder.")
                                        .arg(QDir::toNativeSeparators(m_directory))
                                  : file.errorString();
        m_lastSaveError.what = tr("The setup progress couldn't be saved.");
        m_lastSaveError.why = cause;
        m_lastSaveError.action =
            tr("Free some disk space or make %1 writable, then choose Retry, or choose another folder. "
               "Until then the wizard keeps working, but a later run may not resume where this one stopped.")
                .arg(QDir::toNativeSeparators(m_directory));
        m_lastSaveError.code = QStringLiteral("SetupStateSaveFailed");
        m_lastSaveError.details = file.errorString();
    }
    qCWarning(lcState).noquote() << m_lastSaveError.what << m_lastSaveError.why;
    // A problem found at load time (unreadable, newer version) already says why nothing is saved.
    if (m_status.problem != Problem::FileUnreadable && m_status.problem != Problem::NewerVersion) {
        Status status;
        status.problem = m_lastSaveError.code == QLatin1String("SetupStateNotLoaded") ? Problem::NotLoaded
                                                                                      : Problem::SaveFailed;
        status.message = m_lastSaveError;
        status.canRetry = status.problem == Problem::SaveFailed;
        status.canChooseAnotherFolder = status.problem == Problem::SaveFailed;
        setStatus(status);
    }
    emit saveFailed(m_lastSaveError);
    return false;
}

void SetupStateStore::setStatus(Status status)
{
    const bool changedProblem =
        status.problem != m_status.problem || status.message.what != m_status.message.what ||
        status.message.why != m_status.message.why || status.movedAsideTo != m_status.movedAsideTo;
    m_status = std::move(status);
    if (changedProblem)
        emit statusChanged();
}

void SetupStateStore::acknowledgeStatus()
{
    if (m_status.problem == Problem::DamagedFileMovedAside)
        setStatus({});
}

bool SetupStateStore::retry()
{
    if (m_status.problem == Problem::FileUnreadable) {
        const SetupKey setup = currentKey();
        m_readOnlyKeys.remove(setup.id());
        const LoadResult result = load(setup);
        return result.outcome == LoadOutcome::Loaded || result.outcome == LoadOutcome::NotFound ||
               result.outcome == LoadOutcome::Corrupt;
    }
    if (m_status.problem == Problem::SaveFailed)
        return save();
    return m_status.ok();
}

bool SetupStateStore::useFolder(const QString &directory)
{
    const SetupState current = m_state;
    m_directory = directory;
    m_readOnlyKeys.clear();
    m_boundKey.clear();
    if (!current.tenantId.isEmpty() && QFile::exists(filePath(SetupKey::of(current)))) {
        const LoadResult result = load(SetupKey::of(current));
        return result.outcome == LoadOutcome::Loaded || result.outcome == LoadOutcome::Corrupt;
    }
    m_state = current;
    m_boundKey = SetupKey::of(current).id();
    if (m_status.problem != Problem::DamagedFileMovedAside)
        setStatus({});
    const bool saved = save();
    emit changed();
    return saved;
}

void SetupStateStore::rememberLastUsed()
{
    catalogue().rememberLastUsed(currentKey());
}

QString SetupStateStore::moveAside(const QString &path) const
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ"));
    QString aside = path + QLatin1String(".corrupt-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = path + QLatin1String(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    return QFile::rename(path, aside) ? aside : QString();
}

} // namespace insightly

#include "core/SetupStateStore.h"

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

namespace {

const QLatin1String fileSuffix(".json");
const QLatin1String lastUsedMarker("last-used");

// Tenant ids are GUIDs or domain names; anything else is percent-encoded so that a name can never leave the
// folder. Lower case, because Entra tenant ids and domains are case-insensitive: one tenant, one file.
QString fileBaseName(const QString &tenantId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(tenantId.toLower(), "-._~"));
}

QString tenantFromFileName(const QString &fileName)
{
    return QUrl::fromPercentEncoding(fileName.chopped(fileSuffix.size()).toLatin1());
}

QDateTime savedAt(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QDateTime when =
        QDateTime::fromString(json.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
    return when.isValid() ? when : QFileInfo(path).lastModified();
}

} // namespace

SetupStateStore::SetupStateStore(QObject *parent)
    : SetupStateStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QLatin1String("/setups"),
                      parent)
{
}

SetupStateStore::SetupStateStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
}

QString SetupStateStore::filePath(const QString &tenantId) const
{
    return QDir(m_directory).filePath(fileBaseName(tenantId) + fileSuffix);
}

SetupStateStore::LoadResult SetupStateStore::load(const QString &tenantId)
{
    m_state = SetupState();
    m_state.tenantId = tenantId;
    m_boundTenant.clear();
    const QString path = filePath(tenantId);
    LoadResult result;

    QFile file(path);
    if (!file.exists()) {
        result.outcome = LoadOutcome::NotFound;
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_readOnlyTenants.insert(tenantId.toLower());
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

        if (problem.isEmpty() && version.toInt() > SetupState::formatVersion) {
            // Reading it could lose what the newer version knows; writing it would destroy it.
            m_readOnlyTenants.insert(tenantId.toLower());
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
                m_readOnlyTenants.insert(tenantId.toLower());
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
        m_boundTenant = tenantId.toLower();
    if (result.outcome == LoadOutcome::Loaded)
        rememberLastUsed();
    emit changed();
    return result;
}

SetupStateStore::LoadResult SetupStateStore::loadMostRecent()
{
    const QString tenant = mostRecentTenant();
    if (tenant.isEmpty())
        return {};
    return load(tenant);
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

bool SetupStateStore::markStepCompleted(SetupState::Step step, const QDateTime &when)
{
    return update([step, &when](SetupState &state) { state.markStepCompleted(step, when); });
}

QStringList SetupStateStore::knownTenants() const
{
    QStringList tenants;
    const QStringList files = QDir(m_directory).entryList({QLatin1String("*.json")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files)
        tenants.append(tenantFromFileName(fileName));
    return tenants;
}

QString SetupStateStore::mostRecentTenant() const
{
    const QStringList tenants = knownTenants();
    QFile marker(QDir(m_directory).filePath(lastUsedMarker));
    if (marker.open(QIODevice::ReadOnly)) {
        const QString lastUsed = QString::fromUtf8(marker.readAll()).trimmed();
        if (tenants.contains(lastUsed))
            return lastUsed;
    }
    QString newest;
    QDateTime newestTime;
    for (const QString &tenant : tenants) {
        const QDateTime when = savedAt(filePath(tenant));
        if (newest.isEmpty() || when > newestTime) {
            newest = tenant;
            newestTime = when;
        }
    }
    return newest;
}

bool SetupStateStore::save()
{
    m_lastSaveError = UserMessage();
    if (m_state.tenantId.isEmpty())
        return true; // nothing identifies the setup yet; it is saved once signed in
    const QString tenant = m_state.tenantId.toLower();
    const QString path = filePath(tenant);

    if (m_readOnlyTenants.contains(tenant)) {
        m_lastSaveError.what = tr("The setup progress for %1 isn't being saved.").arg(m_state.tenantId);
        m_lastSaveError.why =
            tr("Its saved file was made by a newer version of the app, or couldn't be read.");
        m_lastSaveError.action = tr("Update the app, or move %1 away, then restart the wizard.")
                                     .arg(QDir::toNativeSeparators(path));
        m_lastSaveError.code = QStringLiteral("SetupStateReadOnly");
    } else if (tenant != m_boundTenant && QFile::exists(path)) {
        // The tenant changed under a state that wasn't loaded from its file: writing would erase the progress
        // saved there. Callers load(tenantId) as soon as the tenant is known.
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
        if (written && file.commit()) {
            m_boundTenant = tenant;
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
        const QString tenant = m_state.tenantId;
        m_readOnlyTenants.remove(tenant.toLower());
        const LoadResult result = load(tenant);
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
    m_readOnlyTenants.clear();
    m_boundTenant.clear();
    if (!current.tenantId.isEmpty() && QFile::exists(filePath(current.tenantId))) {
        const LoadResult result = load(current.tenantId);
        return result.outcome == LoadOutcome::Loaded || result.outcome == LoadOutcome::Corrupt;
    }
    m_state = current;
    m_boundTenant = current.tenantId.toLower();
    if (m_status.problem != Problem::DamagedFileMovedAside)
        setStatus({});
    const bool saved = save();
    emit changed();
    return saved;
}

void SetupStateStore::rememberLastUsed()
{
    QSaveFile marker(QDir(m_directory).filePath(lastUsedMarker));
    if (makePrivateFolder(m_directory) && marker.open(QIODevice::WriteOnly)) {
        restrictToOwner(marker);
        marker.write(m_state.tenantId.toLower().toUtf8());
        marker.commit();
    }
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

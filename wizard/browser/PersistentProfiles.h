#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QWebEngineProfile;

namespace insightly {

// Named web profiles kept on disk in one folder: cookies (session cookies included) and site storage survive
// from one view to the next and from one run to the next, so a web session the admin signed in to is not
// asked for again. One profile per name, created on first use (never at start-up); each in its own owner-only
// folder. Every page using a profile must be deleted before this object (QtWebEngine requires pages to go
// before their profile).
class PersistentProfiles : public QObject
{
    Q_OBJECT
public:
    // `folder`: where the profiles live; created (owner-only) when the first profile is.
    explicit PersistentProfiles(const QString &folder, QObject *parent = nullptr);
    ~PersistentProfiles() override;

    QString folder() const { return m_folder; }
    // The profile called `name` (any text: it is turned into a safe folder name), created on the first call.
    QWebEngineProfile *profile(const QString &name);
    // The folder that holds (or will hold) the profile called `name`.
    QString profileFolder(const QString &name) const;
    // How many profiles exist now (tests: nothing before first use).
    qsizetype count() const { return m_profiles.size(); }

private:
    QString m_folder;
    QHash<QString, QWebEngineProfile *> m_profiles;
};

} // namespace insightly

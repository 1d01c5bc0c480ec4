#pragma once

// The built executable run as a scheduled run executes it: no display server at all, its app data (saved
// setups) in a temporary XDG_DATA_HOME and, with --demo, its demo world loading the simulated tenant a test
// set up and saved in simStateDir() (INSIGHTLY_DEMO_STATE_DIR). The session stays in the keychain, as after
// an interactive sign-in.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace testsupport {

class HeadlessAppRun
{
public:
    struct Result {
        bool finished = false; // false: still running after the timeout (then killed)
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        int exitCode = -1;
        QString out;
        QString err;
    };

    explicit HeadlessAppRun(QString executable);

    // Where the simulator's state goes (SimOptions::stateDir) for the demo world to load it.
    QString simStateDir() const { return m_simState.path(); }
    // The folder the executable keeps its saved setups in (its AppDataLocation under XDG_DATA_HOME).
    QString setupsDir() const;
    // Copies a setup file saved by the test's SetupStateStore to where the executable finds it, under the
    // per-tenant name of a new setup. Returns false when it could not be copied.
    bool installSetup(const QString &setupFile, const QString &tenantId) const;
    // An extra environment variable for the run (e.g. INSIGHTLY_SIM_REQUEST_LOG).
    void setEnvironment(const QString &name, const QString &value) { m_extra.insert(name, value); }

    Result run(const QStringList &arguments, int timeoutMs = 180000) const;

private:
    QString m_executable;
    QTemporaryDir m_simState;
    QTemporaryDir m_home;
    QProcessEnvironment m_extra;
};

} // namespace testsupport

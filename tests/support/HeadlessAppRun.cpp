#include "HeadlessAppRun.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace testsupport {

HeadlessAppRun::HeadlessAppRun(QString executable)
    : m_executable(std::move(executable))
{
}

QString HeadlessAppRun::setupsDir() const
{
    return m_home.filePath(QStringLiteral("data/Insightly SSO Setup/insightly-sso-setup/setups"));
}

bool HeadlessAppRun::installSetup(const QString &setupFile, const QString &tenantId) const
{
    return QDir().mkpath(setupsDir()) &&
           QFile::copy(setupFile, setupsDir() + u'/' + tenantId.toLower() + QStringLiteral(".json"));
}

HeadlessAppRun::Result HeadlessAppRun::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    if (arguments.contains(QStringLiteral("--demo")))
        env.insert(QStringLiteral("INSIGHTLY_DEMO_STATE_DIR"), m_simState.path());
    env.insert(m_extra);
    process.setProcessEnvironment(env);
    process.start(m_executable, arguments);
    Result result;
    result.finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace testsupport

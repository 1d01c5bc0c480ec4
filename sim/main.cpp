// insightly-sso-sim: the simulated Entra ID + Microsoft Graph + Insightly world on loopback.
#include "SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("insightly-sso-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulated Microsoft Entra ID (sign-in, Microsoft Graph v1.0) and Insightly (SAML settings, ACS, SCIM, REST) "
        "on 127.0.0.1, and behind the real host names over https through its HTTP proxy, for tests and demos."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (default: any free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"), QStringLiteral("Persist the tenant and the Insightly instance here."), QStringLiteral("DIR"));
    const QCommandLineOption requestLog(QStringLiteral("request-log"), QStringLiteral("Append one JSON line per request to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay every answer by N ms."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption quota(QStringLiteral("write-quota"), QStringLiteral("Graph writes allowed per window, e.g. 3000/150."), QStringLiteral("N/SECONDS"));
    const QCommandLineOption faults(QStringLiteral("fault-rate"), QStringLiteral("Share of Graph requests that fail with 503, 504 or a reset."), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption replication(QStringLiteral("replication-delay-ms"), QStringLiteral("New directory objects answer 404 for N ms."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime-s"), QStringLiteral("Access-token lifetime in seconds."), QStringLiteral("N"), QStringLiteral("3600"));
    const QCommandLineOption seedUsers(QStringLiteral("seed-users"), QStringLiteral("Extra directory users to seed."), QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption seedGroups(QStringLiteral("seed-groups"), QStringLiteral("Directory groups to seed."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password of the seeded accounts (default: demo)."), QStringLiteral("P"), QStringLiteral("demo"));
    const QCommandLineOption caDir(QStringLiteral("ca-dir"), QStringLiteral("Keep the simulated world's CA (ca.pem, ca.key) in DIR; reused when present (default: $INSIGHTLY_SIM_CA_DIR, else a new CA per run)."), QStringLiteral("DIR"));
    const QCommandLineOption initCa(QStringLiteral("init-ca"), QStringLiteral("Create (or keep) the CA in DIR, print the path of DIR/ca.pem and exit."), QStringLiteral("DIR"));
    const QCommandLineOption tlsFault(QStringLiteral("tls-fault"), QStringLiteral("Present a bad certificate for HOST through the proxy: untrusted, expired or wrong-name (repeatable)."), QStringLiteral("HOST=KIND"));
    parser.addOptions({port, stateDir, requestLog, latency, quota, faults, replication, lifetime, seedUsers, seedGroups, password, caDir, initCa, tlsFault});
    QTextStream err(stderr);
    // Bad flags exit with 2, like every other usage error below (QCommandLineParser::process would exit with 1).
    if (!parser.parse(app.arguments())) {
        err << "insightly-sso-sim: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty()) {
        err << "insightly-sso-sim: unexpected argument " << parser.positionalArguments().constFirst() << "\n";
        return 2;
    }
    if (parser.isSet(initCa)) {
        sim::SimCertificateAuthority ca;
        QString error;
        if (!ca.open(parser.value(initCa), &error)) {
            err << "insightly-sso-sim: " << error << "\n";
            return 1;
        }
        QTextStream(stdout) << ca.caFile() << Qt::endl;
        return 0;
    }
    QList<QPair<QString, sim::TlsFault>> tlsFaults;
    for (const QString &value : parser.values(tlsFault)) {
        const QString host = value.section(u'=', 0, 0).trimmed().toLower();
        const QString kind = value.section(u'=', 1).trimmed().toLower();
        sim::TlsFault fault = sim::TlsFault::None;
        if (kind == QLatin1String("untrusted"))
            fault = sim::TlsFault::UntrustedCa;
        else if (kind == QLatin1String("expired"))
            fault = sim::TlsFault::Expired;
        else if (kind == QLatin1String("wrong-name"))
            fault = sim::TlsFault::WrongName;
        if (host.isEmpty() || fault == sim::TlsFault::None || !sim::servedHosts().contains(host)) {
            err << "insightly-sso-sim: --tls-fault takes HOST=untrusted|expired|wrong-name for a served host, e.g. "
                   "graph.microsoft.com=expired\n";
            return 2;
        }
        tlsFaults.append({host, fault});
    }
    auto intValue = [&](const QCommandLineOption &o, int min, int *out) {
        bool ok = false;
        const int v = parser.value(o).toInt(&ok);
        if (!ok || v < min) {
            err << "insightly-sso-sim: --" << o.names().constFirst() << " needs a whole number of at least " << min << "\n";
            return false;
        }
        *out = v;
        return true;
    };

    sim::SimOptions options;
    int portValue = 0;
    if (!intValue(port, 0, &portValue))
        return 2;
    if (portValue > 65535) {
        err << "insightly-sso-sim: --port takes a number from 0 to 65535\n";
        return 2;
    }
    if (!intValue(latency, 0, &options.latencyMs)
        || !intValue(replication, 0, &options.replicationDelayMs) || !intValue(lifetime, 1, &options.tokenLifetimeS)
        || !intValue(seedUsers, 0, &options.seedUsers) || !intValue(seedGroups, 0, &options.seedGroups))
        return 2;
    options.port = quint16(portValue);
    options.stateDir = parser.value(stateDir);
    options.requestLog = parser.value(requestLog);
    options.caDir = parser.value(caDir);
    options.password = parser.value(password);
    if (parser.isSet(quota) && !sim::parseWriteQuota(parser.value(quota), &options.writeQuota, &options.writeQuotaWindowS)) {
        err << "insightly-sso-sim: --write-quota takes N/SECONDS, e.g. 3000/150\n";
        return 2;
    }
    bool ok = false;
    options.faultRate = parser.value(faults).toDouble(&ok);
    if (!ok || options.faultRate < 0.0 || options.faultRate > 1.0) {
        err << "insightly-sso-sim: --fault-rate takes a number from 0 to 1\n";
        return 2;
    }

    sim::SimServer server(options);
    QString error;
    if (!server.start(&error)) {
        err << "insightly-sso-sim: " << error << "\n";
        return 1;
    }
    for (const auto &[host, fault] : tlsFaults)
        server.setTlsFault(host, fault);
    // Line 1 is the loopback base URL (scripts read it); then the proxy and the CA to trust.
    QTextStream out(stdout);
    out << server.baseUrl().toString() << Qt::endl;
    out << "proxy " << server.proxyUrl().toString() << Qt::endl;
    out << "ca " << server.caFile() << Qt::endl;
    return app.exec();
}

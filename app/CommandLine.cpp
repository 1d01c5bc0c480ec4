#include "CommandLine.h"

#include "config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace insightly {

namespace {

// --check, --plan and the options that go with them.
struct CheckOptions {
    QCommandLineOption check{QStringLiteral("check"),
                             QCoreApplication::translate("CommandLine", "Check the saved setup without a window, using the saved session (never prompts). "
                                "Exit status: 0 healthy, 1 warning, 2 failing, 3 cannot tell.")};
    QCommandLineOption json{QStringLiteral("json"),
                            QCoreApplication::translate("CommandLine", "With --check or --plan: print JSON (schemas: docs/check-json-schema.md, docs/plan.md).")};
    QCommandLineOption quiet{QStringLiteral("quiet"),
                             QCoreApplication::translate("CommandLine", "With --check: print nothing when healthy, only the status and action otherwise.")};
    QCommandLineOption notify{QStringLiteral("notify"),
                              QCoreApplication::translate("CommandLine", "With --check: show a desktop notification when the setup is not healthy.")};
    QCommandLineOption instance{
        QStringLiteral("instance"),
        QCoreApplication::translate(
            "CommandLine",
            "With --check, --plan or --open: the setup of this Insightly instance (its Sign-in page URL or host)."),
        QCoreApplication::translate("CommandLine", "URL")};
    QCommandLineOption maxTokenAge{QStringLiteral("max-token-age"),
                                   QCoreApplication::translate("CommandLine", "With --check: warn when the SCIM token was saved more than DAYS days ago."),
                                   QCoreApplication::translate("CommandLine", "DAYS")};

    QCommandLineOption open{
        QStringLiteral("open"),
        QCoreApplication::translate("CommandLine",
                                    "Open the wizard on this page of the setup named by --tenant and "
                                    "--instance: status, rotate-certificate or rotate-scim-token."),
        QCoreApplication::translate("CommandLine", "page")};
    QCommandLineOption plan{QStringLiteral("plan"),
                            QCoreApplication::translate("CommandLine", "List what the setup would change in Entra and Insightly, read live, without changing anything "
                               "(saved session, never prompts). Exit status: 0 the plan was read, 3 cannot tell.")};
    QCommandLineOption rerun{QStringLiteral("rerun"),
                             QCoreApplication::translate("CommandLine", "With --plan: the plan of a re-run instead of the whole setup: certificate or scim-token."),
                             QCoreApplication::translate("CommandLine", "re-run")};

    QList<QCommandLineOption> all() const
    {
        return {check, json, quiet, notify, instance, maxTokenAge, open, plan, rerun};
    }
};

// The pages --open knows, by name.
std::optional<WizardMode> openMode(const QString &name)
{
    if (name == QLatin1String("status"))
        return WizardMode::CheckStatus;
    if (name == QLatin1String("rotate-certificate"))
        return WizardMode::RotateCertificate;
    if (name == QLatin1String("rotate-scim-token"))
        return WizardMode::RotateScimToken;
    return std::nullopt;
}

QString readCheckOptions(const QCommandLineParser &parser, const CheckOptions &o, CommandLine::Check *check,
                         CommandLine::Open *open, CommandLine::Plan *plan)
{
    check->run = parser.isSet(o.check);
    check->json = parser.isSet(o.json);
    check->quiet = parser.isSet(o.quiet);
    check->notify = parser.isSet(o.notify);
    plan->run = parser.isSet(o.plan);
    if (check->run && plan->run)
        return QCoreApplication::translate("CommandLine", "Use either --check or --plan, not both.");
    for (const QCommandLineOption *dependent : {&o.quiet, &o.notify, &o.maxTokenAge})
        if (parser.isSet(*dependent) && !check->run)
            return QCoreApplication::translate("CommandLine", "--%1 only goes with --check.").arg(dependent->names().constFirst());
    if (parser.isSet(o.json) && !check->run && !plan->run)
        return QCoreApplication::translate("CommandLine", "--%1 only goes with --check or --plan.").arg(o.json.names().constFirst());
    if (parser.isSet(o.rerun)) {
        if (!plan->run)
            return QCoreApplication::translate("CommandLine", "--rerun only goes with --plan.");
        plan->rerun = parser.value(o.rerun).trimmed().toLower();
        if (plan->rerun != QLatin1String("certificate") && plan->rerun != QLatin1String("scim-token"))
            return QCoreApplication::translate("CommandLine", "--rerun takes certificate or scim-token, not \"%1\".").arg(parser.value(o.rerun));
    }
    if (parser.isSet(o.open)) {
        if (check->run || plan->run)
            return QCoreApplication::translate("CommandLine", "--open doesn't go with --check or --plan.");
        open->mode = openMode(parser.value(o.open).trimmed());
        if (!open->mode)
            return QCoreApplication::translate(
                       "CommandLine",
                       "--open takes status, rotate-certificate or rotate-scim-token, not \"%1\".")
                .arg(parser.value(o.open));
    }
    if (parser.isSet(o.instance) && !check->run && !plan->run && !open->mode)
        return QCoreApplication::translate("CommandLine", "--instance only goes with --check, --plan or --open.");
    if (parser.isSet(o.instance)) {
        const QString text = parser.value(o.instance).trimmed();
        check->instance = text.contains(QLatin1String("://")) ? QUrl(text) : QUrl(text.toLower());
        if (text.isEmpty() || !check->instance.isValid())
            return QCoreApplication::translate("CommandLine", "--instance takes Insightly's Sign-in page URL or host name, not \"%1\".").arg(text);
        open->instance = check->instance;
    }
    if (parser.isSet(o.maxTokenAge)) {
        bool ok = false;
        check->maxScimTokenAgeDays = parser.value(o.maxTokenAge).toInt(&ok);
        if (!ok || check->maxScimTokenAgeDays <= 0)
            return QCoreApplication::translate("CommandLine", "--max-token-age takes a number of days, not \"%1\".").arg(parser.value(o.maxTokenAge));
    }
    return {};
}

} // namespace

bool runsWithoutWindow(const QStringList &arguments)
{
    static const QStringList headless{QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-?"),
                                      QStringLiteral("--version"), QStringLiteral("--probe-scim"),
                                      QStringLiteral("--check"), QStringLiteral("--json"), QStringLiteral("--quiet"),
                                      QStringLiteral("--notify"), QStringLiteral("--instance"),
                                      QStringLiteral("--max-token-age"), QStringLiteral("--plan"),
                                      QStringLiteral("--rerun")};
    // --instance names a setup for --check and --plan (no window) and for --open (the wizard): alone it is a
    // misuse to print, with --open it is the wizard's.
    bool withoutWindow = false;
    bool instance = false;
    bool open = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        const QString name = argument.section(u'=', 0, 0);
        if (name == QLatin1String("--instance"))
            instance = true;
        else if (name == QLatin1String("--open"))
            open = true;
        else if (headless.contains(name))
            withoutWindow = true;
    }
    return withoutWindow || (instance && !open);
}


CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Connects Insightly to Microsoft Entra ID: SAML single sign-on and SCIM user provisioning, step by step."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QCoreApplication::translate("CommandLine", "Show the version."));
    const QString demoFolder = QDir::toNativeSeparators(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Run against a built-in simulated tenant and Insightly instance (no real "
                                    "changes). The simulated world and what you set up in it are kept "
                                    "between runs in %1.")
            .arg(demoFolder));
    const QCommandLineOption reset(
        QStringLiteral("reset"),
        QCoreApplication::translate("CommandLine",
                                    "With --demo: forget the kept simulated world and start a new one."));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QCoreApplication::translate("CommandLine", "Microsoft Entra tenant: a domain or a tenant ID."),
                                    QCoreApplication::translate("CommandLine", "tenant"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      QCoreApplication::translate("CommandLine", "Application (client) ID of your own app registration to sign in with."),
                                      QCoreApplication::translate("CommandLine", "id"));
    const QCommandLineOption cloud(QStringLiteral("cloud"), QCoreApplication::translate("CommandLine", "Microsoft cloud: global, usgov or china."), QCoreApplication::translate("CommandLine", "cloud"),
                                   QStringLiteral("global"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("CommandLine", "Language of the wizard, e.g. en, de, fr, es, ja, pt_BR."), QCoreApplication::translate("CommandLine", "code"));
    const QCommandLineOption probeScim(
        QStringLiteral("probe-scim"),
        QCoreApplication::translate("CommandLine", "Test Insightly's SCIM endpoint at URL from this computer and print each check, without the wizard. "
           "The token is read from the environment variable INSIGHTLY_SCIM_TOKEN or from standard input."),
        QCoreApplication::translate("CommandLine", "URL"));
    parser.addOptions({help, version, demo, reset, tenant, clientId, cloud, language, probeScim});
    const CheckOptions checkOptions;
    parser.addOptions(checkOptions.all());

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.helpText = parser.helpText();
    result.showHelp = parser.isSet(help);
    result.showVersion = parser.isSet(version);
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }

    AppConfig &c = result.config;
    result.demo = parser.isSet(demo);
    result.reset = parser.isSet(reset);
    if (result.reset && !result.demo) {
        result.error =
            QCoreApplication::translate("CommandLine", "--reset is only for the demo: use --demo --reset.");
        return result;
    }
    c.tenant = parser.value(tenant).trimmed();
    c.clientId = parser.value(clientId).trimmed();
    c.language = parser.value(language).trimmed();
    if (parser.isSet(probeScim)) {
        result.probeScimUrl = parser.value(probeScim).trimmed();
        if (result.probeScimUrl.isEmpty()) {
            result.error = QCoreApplication::translate("CommandLine", "--probe-scim needs the SCIM endpoint URL Insightly shows.");
            return result;
        }
    }

    if (QString error = readCheckOptions(parser, checkOptions, &result.check, &result.open, &result.plan);
        !error.isEmpty()) {
        result.error = error;
        return result;
    }

    const QString cloudName = parser.value(cloud).trimmed().toLower();
    if (cloudName == QLatin1String("global"))
        c.cloud = Cloud::Global;
    else if (cloudName == QLatin1String("usgov"))
        c.cloud = Cloud::UsGov;
    else if (cloudName == QLatin1String("china"))
        c.cloud = Cloud::China;
    else {
        result.error = QCoreApplication::translate("CommandLine", "--cloud must be global, usgov or china, not \"%1\".").arg(parser.value(cloud));
        return result;
    }

    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!c.clientId.isEmpty() && !guid.match(c.clientId).hasMatch()) {
        result.error = QCoreApplication::translate("CommandLine", "--client-id must be an application (client) ID such as "
                          "14d82eec-204b-4c2f-b7e8-296a70dab67e, not \"%1\".")
                           .arg(c.clientId);
        return result;
    }
    static const QRegularExpression tenantShape(QStringLiteral("^[A-Za-z0-9.-]+$"));
    if (!c.tenant.isEmpty() && !tenantShape.match(c.tenant).hasMatch()) {
        result.error = QCoreApplication::translate("CommandLine", "--tenant must be a domain such as contoso.onmicrosoft.com or a tenant ID, not \"%1\".")
                           .arg(c.tenant);
        return result;
    }
    static const QRegularExpression languageShape(QStringLiteral("^[a-z]{2}([_-][A-Za-z]{2})?$"));
    if (!c.language.isEmpty() && !languageShape.match(c.language).hasMatch()) {
        result.error = QCoreApplication::translate("CommandLine", "--language takes a language code such as de or pt_BR, not \"%1\".").arg(c.language);
        return result;
    }
    return result;
}

} // namespace insightly

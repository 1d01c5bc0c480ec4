#include "CommandLine.h"

#include "config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace insightly {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}
} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connects Insightly to Microsoft Entra ID: SAML single sign-on and SCIM user provisioning, step by step."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Run against a built-in simulated tenant and Insightly instance (no real changes)."));
    const QCommandLineOption tenant(QStringLiteral("tenant"), tr("Microsoft Entra tenant: a domain or a tenant ID."),
                                    tr("tenant"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      tr("Application (client) ID of your own app registration to sign in with."),
                                      tr("id"));
    const QCommandLineOption cloud(QStringLiteral("cloud"), tr("Microsoft cloud: global, usgov or china."), tr("cloud"),
                                   QStringLiteral("global"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Language of the wizard, e.g. en, de, fr, es, ja, pt_BR."), tr("code"));
    const QCommandLineOption probeScim(
        QStringLiteral("probe-scim"),
        tr("Test Insightly's SCIM endpoint at URL from this computer and print each check, without the wizard. "
           "The token is read from the environment variable INSIGHTLY_SCIM_TOKEN or from standard input."),
        tr("URL"));
    parser.addOptions({help, version, demo, tenant, clientId, cloud, language, probeScim});

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.helpText = parser.helpText();
    result.showHelp = parser.isSet(help);
    result.showVersion = parser.isSet(version);
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }

    AppConfig &c = result.config;
    c.demo = parser.isSet(demo);
    c.tenant = parser.value(tenant).trimmed();
    c.clientId = parser.value(clientId).trimmed();
    c.language = parser.value(language).trimmed();
    if (parser.isSet(probeScim)) {
        result.probeScimUrl = parser.value(probeScim).trimmed();
        if (result.probeScimUrl.isEmpty()) {
            result.error = tr("--probe-scim needs the SCIM endpoint URL Insightly shows.");
            return result;
        }
    }

    const QString cloudName = parser.value(cloud).trimmed().toLower();
    if (cloudName == QLatin1String("global"))
        c.cloud = Cloud::Global;
    else if (cloudName == QLatin1String("usgov"))
        c.cloud = Cloud::UsGov;
    else if (cloudName == QLatin1String("china"))
        c.cloud = Cloud::China;
    else {
        result.error = tr("--cloud must be global, usgov or china, not \"%1\".").arg(parser.value(cloud));
        return result;
    }

    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!c.clientId.isEmpty() && !guid.match(c.clientId).hasMatch()) {
        result.error = tr("--client-id must be an application (client) ID such as "
                          "14d82eec-204b-4c2f-b7e8-296a70dab67e, not \"%1\".")
                           .arg(c.clientId);
        return result;
    }
    static const QRegularExpression tenantShape(QStringLiteral("^[A-Za-z0-9.-]+$"));
    if (!c.tenant.isEmpty() && !tenantShape.match(c.tenant).hasMatch()) {
        result.error = tr("--tenant must be a domain such as contoso.onmicrosoft.com or a tenant ID, not \"%1\".")
                           .arg(c.tenant);
        return result;
    }
    static const QRegularExpression languageShape(QStringLiteral("^[a-z]{2}([_-][A-Za-z]{2})?$"));
    if (!c.language.isEmpty() && !languageShape.match(c.language).hasMatch()) {
        result.error = tr("--language takes a language code such as de or pt_BR, not \"%1\".").arg(c.language);
        return result;
    }
    return result;
}

} // namespace insightly

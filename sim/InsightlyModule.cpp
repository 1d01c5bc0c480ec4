#include "InsightlyModule.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace sim {

namespace {

const QByteArray sessionCookie = "InsightlyAuth";

QString cookieValue(const Request &request, const QByteArray &name)
{
    for (const QByteArray &pair : request.header("cookie").split(';')) {
        const QByteArray trimmed = pair.trimmed();
        if (trimmed.startsWith(name + '='))
            return QString::fromLatin1(trimmed.mid(name.size() + 1));
    }
    return {};
}

// Only local paths may be a ReturnUrl, so that the sign-in page cannot redirect elsewhere.
QString safeReturnUrl(const QString &returnUrl)
{
    if (returnUrl.startsWith(u'/') && !returnUrl.startsWith(QLatin1String("//")))
        return returnUrl;
    return QStringLiteral("/");
}

// Entra UPNs with some letters changed in case: Insightly compares e-mails case-insensitively, and the
// lockout check of the wizard must too.
QString recased(const QString &email, int variant)
{
    const QString local = email.section(u'@', 0, 0), domain = email.section(u'@', 1);
    switch (variant % 3) {
    case 1: {
        QStringList words = local.split(u'.');
        for (QString &w : words)
            if (!w.isEmpty())
                w[0] = w[0].toUpper();
        return words.join(u'.') + u'@' + domain;
    }
    case 2:
        return local + u'@' + domain.toUpper();
    default:
        return email;
    }
}

// Replaces every id (and the `for` that names it) by a random one, new for each render.
QString opaqueIds(const QString &html)
{
    static const QRegularExpression attribute(QStringLiteral("\\b(id|for)=\"([^\"]+)\""));
    QHash<QString, QString> renamed;
    QString out;
    qsizetype last = 0;
    for (auto it = attribute.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString &id = renamed[m.captured(2)];
        if (id.isEmpty())
            id = QStringLiteral("e") + QString::number(QRandomGenerator::global()->generate64(), 36);
        out += QStringView(html).mid(last, m.capturedStart() - last);
        out += m.captured(1) + QStringLiteral("=\"") + id + u'"';
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

} // namespace

InsightlyModule::InsightlyModule(SimServer &server)
    : SimModule(server)
    , m_scim(server)
    , m_settings(server, *this, m_scim)
    , m_acs(server, *this)
    , m_rest(server)
{
}

QString InsightlyModule::signInPageUrl(const Request &request) const
{
    return m_server.originFor(SimService::InsightlyCrm, request) + QStringLiteral("/user/saml?instanceId=") +
           m_server.world().insightly.instanceId;
}

void InsightlyModule::seed()
{
    InsightlyState &s = state();
    // Insightly's instanceId format is not documented (no public example); a 7-digit number is a guess.
    s.instanceId = QString::number(m_server.random().bounded(1000000, 10000000));
    s.pod = QStringLiteral("na1");
    s.adminEmail = QStringLiteral("admin@contoso.example");
    s.adminPassword = m_server.options().password;
    s.apiKey = m_server.newGuid();
    s.users.clear();

    const qint64 now = m_server.nowMs();
    qint64 nextId = 1482000 + m_server.random().bounded(1000);
    auto add = [&](const QString &first, const QString &last, const QString &email,
                   bool active) -> InsightlyUser & {
        InsightlyUser u;
        u.userId = nextId++;
        u.firstName = first;
        u.lastName = last;
        u.email = email;
        u.active = active;
        // Spread creation dates over the past two years so that the list looks lived-in.
        u.createdAtMs = now - qint64(m_server.random().bounded(20, 700)) * 24 * 3600 * 1000;
        u.updatedAtMs = u.createdAtMs;
        s.users.append(u);
        return s.users.last();
    };

    const DirectoryState &directory = m_server.world().directory;
    const DirectoryUser *admin = directory.userByUpn(s.adminEmail);
    InsightlyUser &owner = add(admin ? admin->givenName : QStringLiteral("Alex"),
                               admin ? admin->surname : QStringLiteral("Wilber"), s.adminEmail, true);
    owner.administrator = true;
    owner.accountOwner = true;

    int matched = 0;
    for (const DirectoryUser &d : directory.users) {
        if (matched >= 8)
            break;
        if (d.userPrincipalName.compare(s.adminEmail, Qt::CaseInsensitive) == 0)
            continue;
        add(d.givenName, d.surname, recased(d.userPrincipalName, matched), true);
        ++matched;
    }
    // Insightly users without an Entra account: what a lockout check before Enforce SAML Login must find.
    add(QStringLiteral("Former"), QStringLiteral("Employee"),
        QStringLiteral("former.employee@contoso.example"), true);
    add(QStringLiteral("Jamie"), QStringLiteral("Contractor"),
        QStringLiteral("jamie.contractor@fabrikam.example"), true);
    add(QStringLiteral("Robin"), QStringLiteral("Departed"), QStringLiteral("robin.departed@contoso.example"),
        false);
}

void InsightlyModule::registerRoutes()
{
    // Insightly's URLs are served by ASP.NET, which matches paths case-insensitively.
    m_server.route("GET", QStringLiteral("(?i)/user/login"), [this](const Request &r) {
        if (sessionUser(r))
            return Response::redirect(QUrl(safeReturnUrl(r.queryItem(QStringLiteral("ReturnUrl")))));
        return loginPage(r.queryItem(QStringLiteral("ReturnUrl")), {}, {});
    });
    m_server.route("POST", QStringLiteral("(?i)/user/login"),
                   [this](const Request &r) { return handleLogin(r); });
    m_server.route("GET", QStringLiteral("(?i)/user/logout"),
                   [this](const Request &r) { return handleLogout(r); });
    m_server.route("POST", QStringLiteral("(?i)/user/logout"),
                   [this](const Request &r) { return handleLogout(r); });
    m_server.route("GET", QStringLiteral("/"), [this](const Request &r) { return dashboard(r); });

    m_server.route("GET", QStringLiteral("(?i)/settings/saml"),
                   [this](const Request &r) { return m_settings.settingsPage(r, {}); });
    m_server.route("POST", QStringLiteral("(?i)/settings/saml"),
                   [this](const Request &r) { return m_settings.handleSaveSettings(r); });
    m_server.route("POST", QStringLiteral("(?i)/settings/saml/certificate"),
                   [this](const Request &r) { return m_settings.handleCertificateUpload(r); });
    m_server.route("POST", QStringLiteral("(?i)/settings/saml/regeneratetoken"),
                   [this](const Request &r) { return m_settings.handleRegenerateToken(r); });

    m_server.route("POST", QStringLiteral("(?i)/user/saml"),
                   [this](const Request &r) { return m_acs.handleAcs(r); });
    m_server.route("GET", QStringLiteral("(?i)/user/saml"), [this](const Request &) {
        return m_acs.samlError(
            400, QStringLiteral("noResponse"),
            QStringLiteral("No SAML response was received. Sign in to Insightly from your identity "
                           "provider's portal (for example https://myapps.microsoft.com/)."));
    });

    m_server.route("GET", QStringLiteral("(?i)/v3\\.1/users"),
                   [this](const Request &r) { return m_rest.restUsers(r); });
    m_server.route("GET", QStringLiteral("(?i)/v3\\.1/users/me"),
                   [this](const Request &r) { return m_rest.restMe(r); });
    m_server.route("GET", QStringLiteral("(?i)/v3\\.1/users/([0-9]+)"),
                   [this](const Request &r) { return m_rest.restUser(r); });

    // Tests make Insightly refuse a valid-looking SAML response as the real product would: the NameID's user
    // deactivated ({"email": …, "active": false}) or removed ({"email": …, "remove": true}) in Insightly.
    m_server.route("POST", QStringLiteral("/_sim/insightly/users"), [this](const Request &r) {
        bool ok = false;
        const QJsonObject o = r.jsonBody(&ok);
        InsightlyUser *user = ok ? state().userByEmail(o.value(QStringLiteral("email")).toString()) : nullptr;
        if (!user)
            return Response::text(404, "no Insightly user with that email");
        if (o.value(QStringLiteral("remove")).toBool()) {
            const qint64 id = user->userId;
            state().users.removeIf([id](const InsightlyUser &u) { return u.userId == id; });
        } else if (o.contains(QStringLiteral("active"))) {
            user->active = o.value(QStringLiteral("active")).toBool();
        }
        m_server.saveState();
        return Response::noContent();
    });
    m_scim.registerRoutes();
}

InsightlyUser *InsightlyModule::sessionUser(const Request &request)
{
    const QString cookie = cookieValue(request, sessionCookie);
    if (cookie.isEmpty() || !m_sessions.contains(cookie))
        return nullptr;
    InsightlyUser *user = state().userById(m_sessions.value(cookie));
    return user && user->active ? user : nullptr;
}

Response InsightlyModule::startSession(const Request &request, const InsightlyUser &user,
                                       const QString &target, int status)
{
    QByteArray bytes(24, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(m_server.random().bounded(256));
    const QString cookie =
        QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_sessions.insert(cookie, user.userId);
    Response r = Response::redirect(QUrl(target), status);
    // Over https the session cookie is SameSite=None; Secure: the SAML POST from the identity provider's
    // origin is cross-site, and the browser must keep the cookie Insightly sets in answer to it.
    const QByteArray attributes = request.tlsHost.isEmpty()
                                      ? QByteArray("; Path=/; HttpOnly; SameSite=Lax")
                                      : QByteArray("; Path=/; HttpOnly; SameSite=None; Secure");
    r.header("Set-Cookie", sessionCookie + '=' + cookie.toLatin1() + attributes);
    return r;
}

Response InsightlyModule::loginRedirect(const Request &request) const
{
    const QString target = QString::fromUtf8(request.url.toEncoded());
    return Response::redirect(QUrl::fromEncoded("/User/Login?ReturnUrl=" + QUrl::toPercentEncoding(target)));
}

QString InsightlyModule::page(const QString &title, const QString &body, const InsightlyUser *user) const
{
    const QString account = user ? QStringLiteral("<span id=\"currentUser\">%1 %2</span> · <a id=\"logout\" "
                                                  "href=\"/User/Logout\">Sign out</a>")
                                       .arg(htmlEscape(user->firstName), htmlEscape(user->lastName))
                                 : QString();
    const QString nav =
        user ? QStringLiteral(
                   "<nav><a href=\"/\">Home</a><a href=\"/settings/Saml\">System Settings</a></nav>")
             : QString();
    return opaqueIds(
        QStringLiteral(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1 | "
            "Insightly</title><style>"
            "body{margin:0;font:14px/1.5 'Segoe "
            "UI',Helvetica,Arial,sans-serif;color:#263238;background:#f3f5f7}"
            "header{background:#1e2a38;color:#fff;display:flex;align-items:center;gap:24px;padding:0 "
            "24px;height:52px}"
            "header .brand{font-weight:600;font-size:18px;letter-spacing:.5px;color:#ff7a59}"
            "header nav a{color:#cfd8dc;text-decoration:none;margin-right:16px}header "
            ".account{margin-left:auto}"
            "header .account a{color:#cfd8dc}main{max-width:880px;margin:24px "
            "auto;background:#fff;padding:24px 32px;"
            "border:1px solid #dde3e8;border-radius:4px}h1{font-size:22px;font-weight:500;margin-top:0}"
            "h2{font-size:17px;font-weight:500;border-bottom:1px solid "
            "#e6eaee;padding-bottom:6px;margin-top:28px}"
            "label{display:block;font-weight:600;margin:12px 0 4px}label.check{font-weight:400}"
            "input[type=text],input[type=email],input[type=password]{width:100%;box-sizing:border-box;"
            "padding:7px 9px;"
            "border:1px solid #b0bec5;border-radius:3px;font:inherit}input[readonly]{background:#f5f7f9}"
            "button{background:#1a73c8;color:#fff;border:0;border-radius:3px;padding:7px "
            "18px;font:inherit;cursor:pointer;"
            "margin-top:12px}button.secondary{background:#eceff1;color:#263238;border:1px solid #b0bec5}"
            ".error{background:#fdecea;border:1px solid #f5c2bd;color:#a12a1c;padding:10px "
            "14px;border-radius:3px}"
            ".notice{background:#e7f4e8;border:1px solid #b9dfbc;color:#1f6325;padding:10px "
            "14px;border-radius:3px}"
            ".hint{color:#607d8b;font-size:13px}dl{display:grid;grid-template-columns:140px 1fr;gap:4px "
            "12px}"
            "dt{color:#607d8b}dd{margin:0;font-family:Consolas,monospace}.crumbs{color:#607d8b;font-size:"
            "13px}"
            "</style></head><body><header><span class=\"brand\">INSIGHTLY</span>%2<span "
            "class=\"account\">%3</span>"
            "</header><main>%4</main></body></html>")
            .arg(htmlEscape(title), nav, account, body));
}

Response InsightlyModule::loginPage(const QString &returnUrl, const QString &email, const QString &error)
{
    const QString errorBlock =
        error.isEmpty()
            ? QString()
            : QStringLiteral("<p id=\"loginError\" class=\"error\">%1</p>").arg(htmlEscape(error));
    const QString body =
        QStringLiteral(
            "<h1>Sign in to Insightly</h1>%1"
            "<form id=\"loginForm\" method=\"post\" action=\"/User/Login\">"
            "<input type=\"hidden\" name=\"ReturnUrl\" value=\"%2\">"
            "<label for=\"email\">Email</label><input type=\"email\" id=\"email\" name=\"email\" "
            "value=\"%3\" autofocus>"
            "<label for=\"password\">Password</label><input type=\"password\" id=\"password\" "
            "name=\"password\">"
            "<button id=\"login\" type=\"submit\">Sign In</button></form>"
            "<p class=\"hint\">Single sign-on users sign in from their identity provider's portal.</p>")
            .arg(errorBlock, htmlEscape(returnUrl), htmlEscape(email));
    return Response::html(200, page(QStringLiteral("Sign In"), body, nullptr));
}

Response InsightlyModule::handleLogin(const Request &request)
{
    const QHash<QString, QString> form = request.formBody();
    const QString email = form.value(QStringLiteral("email")).trimmed();
    const QString password = form.value(QStringLiteral("password"));
    const QString returnUrl =
        form.value(QStringLiteral("ReturnUrl"), request.queryItem(QStringLiteral("ReturnUrl")));
    InsightlyUser *user = state().userByEmail(email);
    // Every seeded user has the simulator's password; the admin's may be changed in the state.
    const QString expected = user && user->accountOwner ? state().adminPassword : m_server.options().password;
    if (!user || password != expected)
        return loginPage(returnUrl, email,
                         QStringLiteral("The email address or password you entered is incorrect."));
    if (!user->active)
        return loginPage(returnUrl, email,
                         QStringLiteral("Your Insightly user account has been deactivated. "
                                        "Contact your Insightly administrator."));
    // What Insightly does for password sign-in under Enforce SAML Login is not documented; the simulator lets
    // the account owner in (so that an admin cannot lock everybody out) and refuses everybody else.
    if (state().enforceSamlLogin && !user->accountOwner)
        return loginPage(returnUrl, email,
                         QStringLiteral("Your organization requires you to sign in with single sign-on "
                                        "(SAML). Sign in through your identity provider."));
    return startSession(request, *user, safeReturnUrl(returnUrl));
}

Response InsightlyModule::handleLogout(const Request &request)
{
    m_sessions.remove(cookieValue(request, sessionCookie));
    Response r = Response::redirect(QUrl(QStringLiteral("/User/Login")));
    r.header("Set-Cookie",
             sessionCookie + (request.tlsHost.isEmpty()
                                  ? QByteArray("=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax")
                                  : QByteArray("=; Path=/; Max-Age=0; HttpOnly; SameSite=None; Secure")));
    return r;
}

Response InsightlyModule::dashboard(const Request &request)
{
    InsightlyUser *user = sessionUser(request);
    if (!user)
        return loginRedirect(request);
    const QString body =
        QStringLiteral(
            "<section id=\"dashboard\"><h1>Welcome, %1</h1>"
            "<p class=\"hint\">You are signed in to Insightly as <span id=\"signedInEmail\">%2</span>.</p>"
            "<p>Nothing is due today.</p></section>")
            .arg(htmlEscape(user->firstName), htmlEscape(user->email));
    return Response::html(200, page(QStringLiteral("Home"), body, user));
}

std::unique_ptr<SimModule> createInsightlyModule(SimServer &server)
{
    return std::make_unique<InsightlyModule>(server);
}

} // namespace sim

#include "IdentityPages.h"

#include "SimHttp.h"

namespace sim::pages {

namespace {

QString frame(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<style>body{font-family:'Segoe UI',sans-serif;background:#f2f2f2;margin:0}"
               ".box{background:#fff;max-width:440px;margin:48px auto;padding:44px;box-shadow:0 2px 6px "
               "rgba(0,0,0,.2)}"
               ".brand{font-weight:600;color:#5e5e5e;margin-bottom:16px}h1{font-size:24px;font-weight:600}"
               "input[type=text],input[type=email],input[type=password]{width:100%;padding:6px 0;margin:8px "
               "0;"
               "border:0;border-bottom:1px solid #666;font-size:15px}"
               ".primary{background:#0067b8;color:#fff;border:0;padding:8px 32px;font-size:15px}"
               ".secondary{background:#ccc;border:0;padding:8px 32px;font-size:15px}"
               ".error{color:#e81123;margin:8px "
               "0}.hint{background:#f7f7f7;padding:12px;font-size:13px;margin-top:24px}"
               "code{font-size:13px}</style></head><body><div class=\"box\">"
               "<div class=\"brand\">Microsoft (simulated)</div>%2</div></body></html>")
        .arg(htmlEscape(title), body);
}

} // namespace

QString signIn(const SignInPage &page)
{
    QString body = QStringLiteral("<h1>Sign in</h1>");
    if (!page.clientName.isEmpty())
        body += QStringLiteral("<p>to continue to %1</p>").arg(htmlEscape(page.clientName));
    if (!page.error.isEmpty())
        body += QStringLiteral("<div id=\"error\" class=\"error\" role=\"alert\">%1</div>")
                    .arg(htmlEscape(page.error));
    body +=
        QStringLiteral(
            "<form method=\"post\" action=\"%1\" id=\"signin-form\">"
            "<input type=\"hidden\" name=\"ctx\" value=\"%2\">"
            "<label for=\"username\">Email, phone, or Skype</label>"
            "<input type=\"email\" id=\"username\" name=\"username\" value=\"%3\" autocomplete=\"username\" "
            "placeholder=\"someone@example.com\" aria-label=\"Email, phone, or Skype\">"
            "<label for=\"password\">Password</label>"
            "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" "
            "placeholder=\"Password\" aria-label=\"Password\">"
            "<p><input type=\"submit\" id=\"signin\" name=\"signin\" value=\"Sign in\" class=\"primary\"></p>"
            "</form>")
            .arg(htmlEscape(page.action), htmlEscape(page.continuation), htmlEscape(page.username));
    body += QStringLiteral("<div class=\"hint\" id=\"accounts\">Simulated tenant Contoso. Accounts: "
                           "<code>admin@contoso.example</code> (Cloud Application Administrator) and "
                           "<code>user@contoso.example</code> (no admin role). Password: <code "
                           "id=\"hint-password\">%1</code>"
                           "</div>")
                .arg(htmlEscape(page.password));
    return frame(QStringLiteral("Sign in to your account"), body);
}

QString consent(const ConsentPage &page)
{
    QString items;
    for (const QString &scope : page.scopes)
        items += QStringLiteral("<li><code>%1</code></li>").arg(htmlEscape(scope));
    const QString body =
        QStringLiteral(
            "<div id=\"signed-in-as\">%1</div><h1>Permissions requested</h1>"
            "<p><b>%2</b> (<code>%3</code>) needs permission to:</p><ul id=\"scopes\">%4</ul>"
            "<p>Accepting these permissions means that you allow this app to use your data as specified in "
            "their terms of service and privacy statement.</p>"
            "<form method=\"post\" action=\"%5\"><input type=\"hidden\" name=\"flow\" value=\"%6\">"
            "<input type=\"submit\" id=\"cancel\" name=\"cancel\" value=\"Cancel\" class=\"secondary\"> "
            "<input type=\"submit\" id=\"accept\" name=\"accept\" value=\"Accept\" class=\"primary\">"
            "</form>")
            .arg(htmlEscape(page.userPrincipalName), htmlEscape(page.clientName), htmlEscape(page.clientId),
                 items, htmlEscape(page.action), htmlEscape(page.flowId));
    return frame(QStringLiteral("Permissions requested"), body);
}

QString error(int aadsts, const QString &message, const QString &traceId, const QString &correlationId,
              const QString &timestamp)
{
    const QString body =
        QStringLiteral("<h1>Sign in</h1><p>Sorry, but we're having trouble signing you in.</p>"
                       "<p id=\"error\" class=\"error\">AADSTS%1: %2</p>"
                       "<div class=\"hint\" id=\"troubleshooting\">Request Id: %3<br>"
                       "Correlation Id: %4<br>Timestamp: %5<br>Message: AADSTS%1: %2</div>")
            .arg(aadsts)
            .arg(htmlEscape(message), traceId, correlationId, timestamp);
    return frame(QStringLiteral("Sign in to your account"), body);
}

QString deviceCodeEntry(const QString &action, const QString &error)
{
    QString body =
        QStringLiteral("<h1>Enter code</h1><p>Enter the code displayed on your app or device.</p>");
    if (!error.isEmpty())
        body += QStringLiteral("<div id=\"error\" class=\"error\" role=\"alert\">%1</div>")
                    .arg(htmlEscape(error));
    body += QStringLiteral(
                "<form method=\"post\" action=\"%1\">"
                "<input type=\"text\" id=\"otc\" name=\"otc\" placeholder=\"Code\" aria-label=\"Code\" "
                "autocomplete=\"off\">"
                "<p><input type=\"submit\" id=\"next\" name=\"next\" value=\"Next\" class=\"primary\"></p>"
                "</form>")
                .arg(htmlEscape(action));
    return frame(QStringLiteral("Enter code"), body);
}

QString deviceDone(const QString &clientName, bool approved)
{
    const QString body =
        approved ? QStringLiteral("<h1 id=\"done\">You have signed in</h1><p>You have signed in to the %1 "
                                  "application on your device. "
                                  "You may now close this window.</p>")
                       .arg(htmlEscape(clientName))
                 : QStringLiteral(
                       "<h1 id=\"declined\">Sign-in cancelled</h1><p>You declined to sign in to %1 on your "
                       "device. You may now close this window.</p>")
                       .arg(htmlEscape(clientName));
    return frame(QStringLiteral("Device sign-in"), body);
}

} // namespace sim::pages

// Tests of the simulator's Graph directory routes over loopback HTTP: organization, me, users, groups,
// OData options, role and scope checks, and the knobs (latency, faults, write quota, replication delay,
// request log, --state-dir).
#include "GraphQuery.h"
#include "IdentityTestFlow.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace identitytest;
using testsupport::HttpReply;
using testsupport::SimFixture;

namespace {

const QString writeScopes =
    QStringLiteral("https://graph.microsoft.com/.default https://graph.microsoft.com/User.ReadWrite.All");
const QHash<QByteArray, QByteArray> eventual{{"ConsistencyLevel", "eventual"}};

QString errorCode(const HttpReply &reply) {
    return reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString errorMessage(const HttpReply &reply) {
    return reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

QJsonArray values(const HttpReply &reply) {
    return reply.json().value(QStringLiteral("value")).toArray();
}

QString pathOf(const QString &nextLink) {
    return QUrl(nextLink).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
}

QString enc(const QString &s) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

class TestSimDirectory : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void organization();
    void meAndMemberOf();
    void userMemberOfHasGroupsOnly();
    void memberOfCastsAndCount();
    void authFailures();
    void listUsersDefaultPropertiesAndSelect();
    void userByIdAndUpn();
    void filters_data();
    void filters();
    void filterAndQueryErrors_data();
    void filterAndQueryErrors();
    void searchAndCountNeedEventualConsistency();
    void searchUsers();
    void orderBy();
    void pagingFollowsNextLink();
    void groupsAndMembers();
    void patchUser();
    void patchUserErrors();
    void createUserAndReplicationDelay();
    void writeQuotaThrottles();
    void latencyDelaysAnswers();
    void faultRateHitsGraphOnly();
    void requestLogRecordsRequests();
    void stateDirPersistsTheWorld();
    void fiftyThousandUsers();

private:
    std::unique_ptr<SimFixture> m_sim;
    QString m_token;
    void startSim(const sim::SimOptions &options = {});
};

void TestSimDirectory::startSim(const sim::SimOptions &options) {
    m_sim.reset();
    m_sim = std::make_unique<SimFixture>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_token = m_sim->token();
    QVERIFY(!m_token.isEmpty());
}

void TestSimDirectory::init() {
    startSim();
}

void TestSimDirectory::cleanup() {
    m_sim.reset();
}

void TestSimDirectory::organization() {
    const HttpReply reply = m_sim->graph("GET", QStringLiteral("/organization"), {}, m_token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QLatin1String("$metadata#organization")));
    const QJsonObject org = values(reply).at(0).toObject();
    QCOMPARE(org.value(QStringLiteral("id")).toString(), m_sim->tenantId());
    QCOMPARE(org.value(QStringLiteral("displayName")).toString(), QStringLiteral("Contoso"));
    QCOMPARE(org.value(QStringLiteral("tenantType")).toString(), QStringLiteral("AAD"));
    const QJsonArray domains = org.value(QStringLiteral("verifiedDomains")).toArray();
    QCOMPARE(domains.size(), 2);
    for (const QJsonValue &v : domains) {
        const QJsonObject d = v.toObject();
        const bool initial =
            d.value(QStringLiteral("name")).toString() == QLatin1String("contoso.onmicrosoft.example");
        QCOMPARE(d.value(QStringLiteral("isInitial")).toBool(), initial);
        QCOMPARE(d.value(QStringLiteral("isDefault")).toBool(), !initial);
        QCOMPARE(d.value(QStringLiteral("type")).toString(), QStringLiteral("Managed"));
    }
    const HttpReply byId = m_sim->graph(
        "GET", QStringLiteral("/organization/") + m_sim->tenantId() + QStringLiteral("?$select=displayName"),
        {}, m_token);
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Contoso"));
    QVERIFY(!byId.json().contains(QStringLiteral("verifiedDomains")));
    QCOMPARE(
        m_sim->graph("GET", QStringLiteral("/organization/00000000-0000-0000-0000-000000000000"), {}, m_token)
            .status,
        404);
}

void TestSimDirectory::meAndMemberOf() {
    const HttpReply me = m_sim->graph(
        "GET", QStringLiteral("/me?$select=displayName,userPrincipalName,accountEnabled"), {}, m_token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Avery Admin"));
    QCOMPARE(me.json().value(QStringLiteral("accountEnabled")).toBool(), true);
    QVERIFY(!me.json().value(QStringLiteral("id")).toString().isEmpty());
    for (const QString &path : {QStringLiteral("/me/memberOf"), QStringLiteral("/me/transitiveMemberOf")}) {
        const HttpReply memberOf = m_sim->graph("GET", path, {}, m_token);
        QCOMPARE(memberOf.status, 200);
        const QJsonArray items = values(memberOf);
        QCOMPARE(items.size(), 1);
        const QJsonObject role = items.at(0).toObject();
        QCOMPARE(role.value(QStringLiteral("@odata.type")).toString(),
                 QStringLiteral("#microsoft.graph.directoryRole"));
        QCOMPARE(role.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Cloud Application Administrator"));
        QCOMPARE(role.value(QStringLiteral("roleTemplateId")).toString(),
                 QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7"));
    }
}

void TestSimDirectory::userMemberOfHasGroupsOnly() {
    const QString userToken = m_sim->token(QStringLiteral("user@contoso.example"));
    const HttpReply memberOf = m_sim->graph("GET", QStringLiteral("/me/memberOf"), {}, userToken);
    QCOMPARE(memberOf.status, 200);
    const QJsonArray items = values(memberOf);
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &v : items)
        QCOMPARE(v.toObject().value(QStringLiteral("@odata.type")).toString(),
                 QStringLiteral("#microsoft.graph.group"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("Sales"));
    const QString userId =
        m_sim->server().world().directory.userByUpn(QStringLiteral("user@contoso.example"))->id;
    QCOMPARE(values(m_sim->graph("GET", QStringLiteral("/users/%1/memberOf").arg(userId), {}, m_token)),
             items);
}

void TestSimDirectory::memberOfCastsAndCount() {
    HttpReply r = m_sim->graph(
        "GET",
        QStringLiteral("/me/memberOf/microsoft.graph.directoryRole?$select=displayName,roleTemplateId"), {},
        m_token);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QLatin1String("#directoryRoles(displayName,roleTemplateId)")));
    QCOMPARE(values(r).size(), 1);
    QCOMPARE(values(r).at(0).toObject().value(QStringLiteral("roleTemplateId")).toString(),
             QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7"));
    QCOMPARE(values(m_sim->graph("GET", QStringLiteral("/me/transitiveMemberOf/microsoft.graph.group"), {},
                                 m_token))
                 .size(),
             0);
    const QString userToken = m_sim->token(QStringLiteral("user@contoso.example"));
    QCOMPARE(values(m_sim->graph("GET", QStringLiteral("/me/memberOf/microsoft.graph.directoryRole"), {},
                                 userToken))
                 .size(),
             0);
    r = m_sim->graph("GET", QStringLiteral("/me/memberOf/microsoft.graph.group?$select=displayName"), {},
                     userToken);
    QCOMPARE(values(r).at(0).toObject().value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Sales"));
    QVERIFY(!values(r).at(0).toObject().contains(QStringLiteral("@odata.type")));
    r = m_sim->graph("GET", QStringLiteral("/me/memberOf/$count"), {}, m_token, eventual);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("1"));
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/me/memberOf/$count"), {}, m_token).status, 400);
    const QString userId =
        m_sim->server().world().directory.userByUpn(QStringLiteral("user@contoso.example"))->id;
    r = m_sim->graph("GET",
                     QStringLiteral("/users/%1/transitiveMemberOf/microsoft.graph.group/$count").arg(userId),
                     {}, m_token, eventual);
    QCOMPARE(r.body, QByteArray("1"));

    const QString salesId = m_sim->server().world().directory.groups.at(0).id;
    r = m_sim->graph("GET", QStringLiteral("/groups/%1/members/$count").arg(salesId), {}, m_token, eventual);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("6"));
    r = m_sim->graph("GET", QStringLiteral("/groups/%1/members/microsoft.graph.user?$top=1").arg(salesId), {},
                     m_token);
    QVERIFY(r.json().value(QStringLiteral("@odata.context")).toString().endsWith(QLatin1String("#users")));
    QVERIFY(!values(r).at(0).toObject().contains(QStringLiteral("@odata.type")));
    QCOMPARE(
        values(m_sim->graph("GET", QStringLiteral("/groups/%1/members/microsoft.graph.group").arg(salesId),
                            {}, m_token))
            .size(),
        0);
}

void TestSimDirectory::authFailures() {
    HttpReply r = m_sim->graph("GET", QStringLiteral("/users"));
    QCOMPARE(r.status, 401);
    QCOMPARE(errorCode(r), QStringLiteral("InvalidAuthenticationToken"));
    r = m_sim->graph("GET", QStringLiteral("/me"), {}, QStringLiteral("garbage"));
    QCOMPARE(r.status, 401);
    QVERIFY(!r.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("innerError"))
                 .toObject()
                 .value(QStringLiteral("request-id"))
                 .toString()
                 .isEmpty());
    // A token without a directory read scope reaches /me but not /users or /groups.
    const QString narrow = m_sim->token(QStringLiteral("user@contoso.example"), QStringLiteral("User.Read"));
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/me"), {}, narrow).status, 200);
    r = m_sim->graph("GET", QStringLiteral("/users"), {}, narrow);
    QCOMPARE(r.status, 403);
    QCOMPARE(errorCode(r), QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/groups"), {}, narrow).status, 403);
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/nothing/here"), {}, m_token).status, 400);
    QCOMPARE(m_sim->graph("DELETE", QStringLiteral("/organization"), {}, m_token).status, 405);
}

void TestSimDirectory::listUsersDefaultPropertiesAndSelect() {
    HttpReply r = m_sim->graph("GET", QStringLiteral("/users"), {}, m_token);
    QCOMPARE(r.status, 200);
    QJsonArray users = values(r);
    QCOMPARE(users.size(), 27); // the two named accounts + 25 seeded
    const QJsonObject first = users.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("admin@contoso.example"));
    for (const char *p : {"businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone",
                          "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id"})
        QVERIFY2(first.contains(QLatin1String(p)), p);
    QVERIFY(!first.contains(QStringLiteral("accountEnabled")));
    QVERIFY(!r.json().contains(QStringLiteral("@odata.nextLink")));

    r = m_sim->graph("GET", QStringLiteral("/users?$select=displayName,accountEnabled,department"), {},
                     m_token);
    QVERIFY(r.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QLatin1String("#users(displayName,accountEnabled,department)")));
    const QJsonObject selected = values(r).at(2).toObject();
    const QStringList keys = selected.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString>{QStringLiteral("id"), QStringLiteral("displayName"),
                            QStringLiteral("accountEnabled"), QStringLiteral("department")}));
    QVERIFY(!selected.value(QStringLiteral("department")).toString().isEmpty());
    // Generated users are realistic and unique.
    QSet<QString> upns;
    for (const QJsonValue &v :
         values(m_sim->graph("GET", QStringLiteral("/users?$select=userPrincipalName,mail"), {}, m_token))) {
        const QString upn = v.toObject().value(QStringLiteral("userPrincipalName")).toString();
        QVERIFY(upn.endsWith(QLatin1String("@contoso.example")));
        QCOMPARE(v.toObject().value(QStringLiteral("mail")).toString(), upn);
        upns.insert(upn);
    }
    QCOMPARE(upns.size(), 27);
}

void TestSimDirectory::userByIdAndUpn() {
    const sim::DirectoryUser *user =
        m_sim->server().world().directory.userByUpn(QStringLiteral("user@contoso.example"));
    HttpReply r = m_sim->graph("GET", QStringLiteral("/users/") + user->id, {}, m_token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Uma User"));
    QVERIFY(r.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QLatin1String("$metadata#users/$entity")));
    r = m_sim->graph("GET", QStringLiteral("/users/USER@contoso.example?$select=id"), {}, m_token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), user->id);
    r = m_sim->graph("GET", QStringLiteral("/users/ghost@contoso.example"), {}, m_token);
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), QStringLiteral("Request_ResourceNotFound"));
    QVERIFY(errorMessage(r).contains(QLatin1String("ghost@contoso.example")));
    r = m_sim->graph("GET", QStringLiteral("/users/") + user->id + QStringLiteral("?$select=nope"), {},
                     m_token);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorMessage(r),
             QStringLiteral("Could not find a property named 'nope' on type 'microsoft.graph.user'."));
}

void TestSimDirectory::filters_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("advanced");
    QTest::addColumn<QStringList>("expectedUpns");
    QTest::newRow("upn eq") << "userPrincipalName eq 'user@contoso.example'" << false
                            << QStringList{QStringLiteral("user@contoso.example")};
    QTest::newRow("startswith") << "startswith(displayName,'Avery')" << false
                                << QStringList{QStringLiteral("admin@contoso.example")};
    QTest::newRow("or") << "mail eq 'admin@contoso.example' or mail eq 'user@contoso.example'" << false
                        << QStringList{QStringLiteral("admin@contoso.example"),
                                       QStringLiteral("user@contoso.example")};
    QTest::newRow("and") << "startswith(mail,'a') and jobTitle eq 'IT Administrator'" << false
                         << QStringList{QStringLiteral("admin@contoso.example")};
    QTest::newRow("any") << "proxyAddresses/any(p:p eq 'smtp:user@contoso.example')" << false
                         << QStringList{QStringLiteral("user@contoso.example")};
    QTest::newRow("endswith advanced") << "endswith(mail,'user@contoso.example')" << true
                                       << QStringList{QStringLiteral("user@contoso.example")};
}

void TestSimDirectory::filters() {
    QFETCH(QString, filter);
    QFETCH(bool, advanced);
    QFETCH(QStringList, expectedUpns);
    const HttpReply r =
        m_sim->graph("GET",
                     QStringLiteral("/users?$filter=%1%2")
                         .arg(enc(filter), advanced ? QStringLiteral("&$count=true") : QString()),
                     {}, m_token, advanced ? eventual : QHash<QByteArray, QByteArray>{});
    QCOMPARE(r.status, 200);
    QStringList upns;
    for (const QJsonValue &v : values(r))
        upns << v.toObject().value(QStringLiteral("userPrincipalName")).toString();
    QCOMPARE(upns, expectedUpns);
}

void TestSimDirectory::filterAndQueryErrors_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("syntax") << QStringLiteral("$filter=") + enc(QStringLiteral("displayName eq"))
                            << "BadRequest"
                            << "Invalid filter clause";
    QTest::newRow("unknown property")
        << QStringLiteral("$filter=") + enc(QStringLiteral("shoeSize eq '9'")) << "BadRequest"
        << "Could not find a property named 'shoeSize'";
    QTest::newRow("unsupported property")
        << QStringLiteral("$filter=") + enc(QStringLiteral("aboutMe eq 'x'")) << "Request_UnsupportedQuery"
        << "Unsupported or invalid query filter clause specified for property 'aboutMe'";
    QTest::newRow("contains") << QStringLiteral("$filter=") + enc(QStringLiteral("contains(displayName,'a')"))
                              << "Request_UnsupportedQuery"
                              << "Unsupported Query";
    QTest::newRow("endswith basic") << QStringLiteral("$filter=") + enc(QStringLiteral("endswith(mail,'x')"))
                                    << "Request_UnsupportedQuery"
                                    << "Operator 'endsWith' is not supported";
    QTest::newRow("top") << "$top=5000"
                         << "Request_BadRequest"
                         << "Invalid page size specified";
    QTest::newRow("select") << "$select=displayName,nope"
                            << "BadRequest"
                            << "Could not find a property named 'nope'";
    QTest::newRow("orderby unsupported") << "$orderby=jobTitle"
                                         << "Request_UnsupportedQuery"
                                         << "Sorting not supported";
    QTest::newRow("skiptoken") << "$skiptoken=bogus"
                               << "Directory_ExpiredPageToken"
                               << "page token";
}

void TestSimDirectory::filterAndQueryErrors() {
    QFETCH(QString, query);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const HttpReply r = m_sim->graph("GET", QStringLiteral("/users?") + query, {}, m_token);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), code);
    QVERIFY2(errorMessage(r).contains(messagePart), qPrintable(errorMessage(r)));
}

void TestSimDirectory::searchAndCountNeedEventualConsistency() {
    const QString search = QStringLiteral("/users?$search=") + enc(QStringLiteral("\"displayName:uma\""));
    HttpReply r = m_sim->graph("GET", search, {}, m_token);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("Request_UnsupportedQuery"));
    QVERIFY(errorMessage(r).contains(QLatin1String("ConsistencyLevel: eventual")));
    r = m_sim->graph("GET", QStringLiteral("/users?$count=true"), {}, m_token);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("Request_UnsupportedQuery"));
    r = m_sim->graph("GET", QStringLiteral("/users?$count=true&$top=1"), {}, m_token, eventual);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("@odata.count")).toInt(), 27);
    QCOMPARE(values(r).size(), 1);
    r = m_sim->graph("GET", QStringLiteral("/users/$count"), {}, m_token, eventual);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("27"));
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/users/$count"), {}, m_token).status, 400);
    r = m_sim->graph("GET", QStringLiteral("/users?$search=") + enc(QStringLiteral("uma")), {}, m_token,
                     eventual);
    QCOMPARE(r.status, 400);
    r = m_sim->graph("GET", QStringLiteral("/users?$search=") + enc(QStringLiteral("\"aboutMe:x\"")), {},
                     m_token, eventual);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("Request_UnsupportedQuery"));
}

void TestSimDirectory::searchUsers() {
    HttpReply r = m_sim->graph("GET",
                               QStringLiteral("/users?$search=%1&$select=displayName,mail&$count=true")
                                   .arg(enc(QStringLiteral("\"displayName:uma\" OR \"mail:uma\""))),
                               {}, m_token, eventual);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("@odata.count")).toInt() >= 1);
    for (const QJsonValue &v : values(r)) {
        const QString name = v.toObject().value(QStringLiteral("displayName")).toString();
        const QString mail = v.toObject().value(QStringLiteral("mail")).toString();
        QVERIFY2(sim::ODataSearch::tokenStartsWith(name, QStringLiteral("uma")) ||
                     mail.startsWith(QLatin1String("uma")),
                 qPrintable(name));
    }
    // Tokenized display name: the surname matches too ("User" in "Uma User").
    r = m_sim->graph("GET",
                     QStringLiteral("/users?$search=%1").arg(enc(QStringLiteral("\"displayName:user\""))), {},
                     m_token, eventual);
    QCOMPARE(values(r).at(0).toObject().value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("user@contoso.example"));
    // Spaces sent as '+' (form encoding) work like %20.
    r = m_sim->graph("GET", QStringLiteral("/users?$search=%22displayName:avery%22+OR+%22mail:avery%22"), {},
                     m_token, eventual);
    QCOMPARE(r.status, 200);
    QCOMPARE(values(r).size(), 1);
}

void TestSimDirectory::orderBy() {
    HttpReply r =
        m_sim->graph("GET", QStringLiteral("/users?$orderby=displayName&$select=displayName"), {}, m_token);
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const QJsonValue &v : values(r))
        names << v.toObject().value(QStringLiteral("displayName")).toString();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(names, sorted);
    r = m_sim->graph("GET", QStringLiteral("/users?$orderby=userPrincipalName%20desc&$top=1"), {}, m_token);
    QVERIFY(values(r).at(0).toObject().value(QStringLiteral("userPrincipalName")).toString() >
            QStringLiteral("admin@contoso.example"));
}

void TestSimDirectory::pagingFollowsNextLink() {
    sim::SimOptions options;
    options.seedUsers = 248;
    startSim(options);
    QString path = QStringLiteral("/v1.0/users?$top=100&$select=id");
    QSet<QString> ids;
    int pages = 0;
    while (!path.isEmpty()) {
        const HttpReply r = m_sim->graph("GET", path, {}, m_token);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : values(r))
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        ++pages;
        const QString next = r.json().value(QStringLiteral("@odata.nextLink")).toString();
        QVERIFY(next.isEmpty() || next.startsWith(m_sim->baseUrl().toString()));
        path = next.isEmpty() ? QString() : pathOf(next);
        QVERIFY(pages <= 3);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), 250);
    // Without $top Graph's default page is 100.
    QCOMPARE(values(m_sim->graph("GET", QStringLiteral("/users"), {}, m_token)).size(), 100);
}

void TestSimDirectory::groupsAndMembers() {
    HttpReply r = m_sim->graph("GET", QStringLiteral("/groups"), {}, m_token);
    QCOMPARE(r.status, 200);
    const QJsonArray groups = values(r);
    QCOMPARE(groups.size(), 5);
    QStringList names;
    for (const QJsonValue &v : groups)
        names << v.toObject().value(QStringLiteral("displayName")).toString();
    QCOMPARE(names,
             (QStringList{QStringLiteral("Sales"), QStringLiteral("Marketing"), QStringLiteral("Support"),
                          QStringLiteral("Finance"), QStringLiteral("Engineering")}));
    const QString salesId = groups.at(0).toObject().value(QStringLiteral("id")).toString();
    r = m_sim->graph(
        "GET", QStringLiteral("/groups/") + salesId + QStringLiteral("?$select=displayName,securityEnabled"),
        {}, m_token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("securityEnabled")).toBool(), true);
    r = m_sim->graph("GET",
                     QStringLiteral("/groups/%1/members?$top=2&$select=userPrincipalName").arg(salesId), {},
                     m_token);
    QCOMPARE(r.status, 200);
    QCOMPARE(values(r).at(0).toObject().value(QStringLiteral("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.user"));
    QCOMPARE(values(r).at(0).toObject().value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("user@contoso.example"));
    int members = int(values(r).size());
    QString next = r.json().value(QStringLiteral("@odata.nextLink")).toString();
    while (!next.isEmpty()) {
        r = m_sim->graph("GET", pathOf(next), {}, m_token);
        members += int(values(r).size());
        next = r.json().value(QStringLiteral("@odata.nextLink")).toString();
    }
    QCOMPARE(members, m_sim->server().world().directory.groupById(salesId)->memberIds.size());
    QCOMPARE(members, 6); // Uma + every fifth of the 25 seeded users
    r = m_sim->graph("GET",
                     QStringLiteral("/groups?$filter=") + enc(QStringLiteral("displayName eq 'Finance'")), {},
                     m_token);
    QCOMPARE(values(r).size(), 1);
    r = m_sim->graph("GET", QStringLiteral("/groups?$search=") + enc(QStringLiteral("\"displayName:eng\"")),
                     {}, m_token, eventual);
    QCOMPARE(values(r).at(0).toObject().value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Engineering"));
    r = m_sim->graph("GET", QStringLiteral("/groups/not-a-guid"), {}, m_token);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("Request_BadRequest"));
    r = m_sim->graph("GET", QStringLiteral("/groups/00000000-0000-4000-8000-000000000000/members"), {},
                     m_token);
    QCOMPARE(r.status, 404);
}

void TestSimDirectory::patchUser() {
    const QString token = m_sim->token(QStringLiteral("admin@contoso.example"), writeScopes);
    const QString id =
        m_sim->server().world().directory.userByUpn(QStringLiteral("user@contoso.example"))->id;
    HttpReply r = m_sim->graph("PATCH", QStringLiteral("/users/") + id,
                               QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Sales Director")},
                                           {QStringLiteral("department"), QStringLiteral("Sales EMEA")}},
                               token);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    r = m_sim->graph("GET", QStringLiteral("/users/%1?$select=jobTitle,department").arg(id), {}, token);
    QCOMPARE(r.json().value(QStringLiteral("jobTitle")).toString(), QStringLiteral("Sales Director"));
    QCOMPARE(r.json().value(QStringLiteral("department")).toString(), QStringLiteral("Sales EMEA"));
    r = m_sim->graph(
        "PATCH", QStringLiteral("/users/") + id,
        QJsonObject{{QStringLiteral("userPrincipalName"), QStringLiteral("uma@contoso.onmicrosoft.example")}},
        token);
    QCOMPARE(r.status, 204);
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/users/uma@contoso.onmicrosoft.example"), {}, token).status,
             200);
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/users/user@contoso.example"), {}, token).status, 404);
    // A user may edit themselves with User.ReadWrite.All; not others.
    const QString userToken = m_sim->token(QStringLiteral("uma@contoso.onmicrosoft.example"), writeScopes);
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/users/") + id,
                         QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("x")}}, userToken)
                 .status,
             204);
    const QString adminId =
        m_sim->server().world().directory.userByUpn(QStringLiteral("admin@contoso.example"))->id;
    r = m_sim->graph("PATCH", QStringLiteral("/users/") + adminId,
                     QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("x")}}, userToken);
    QCOMPARE(r.status, 403);
    QCOMPARE(errorCode(r), QStringLiteral("Authorization_RequestDenied"));
}

void TestSimDirectory::patchUserErrors() {
    const QString token = m_sim->token(QStringLiteral("admin@contoso.example"), writeScopes);
    const QString id =
        m_sim->server().world().directory.userByUpn(QStringLiteral("user@contoso.example"))->id;
    // The default token has no write scope.
    HttpReply r = m_sim->graph("PATCH", QStringLiteral("/users/") + id,
                               QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("x")}}, m_token);
    QCOMPARE(r.status, 403);
    r = m_sim->graph("PATCH", QStringLiteral("/users/") + id, QJsonObject{{QStringLiteral("shoeSize"), 9}},
                     token);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QStringLiteral("BadRequest"));
    r = m_sim->graph("PATCH", QStringLiteral("/users/") + id, QJsonObject{{QStringLiteral("displayName"), 5}},
                     token);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorMessage(r),
             QStringLiteral("Invalid value specified for property 'displayName' of resource 'User'."));
    r = m_sim->graph("PATCH", QStringLiteral("/users/") + id,
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}, token);
    QCOMPARE(r.status, 400);
    r = m_sim->graph(
        "PATCH", QStringLiteral("/users/") + id,
        QJsonObject{{QStringLiteral("userPrincipalName"), QStringLiteral("admin@contoso.example")}}, token);
    QCOMPARE(r.status, 400);
    QVERIFY(errorMessage(r).contains(QLatin1String("already exists")));
    r = m_sim->request(
        "PATCH", QStringLiteral("/v1.0/users/") + id, "{not json",
        {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/users/ghost@contoso.example"),
                         QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("x")}}, token)
                 .status,
             404);
    QCOMPARE(m_sim->server().world().directory.userById(id)->jobTitle, QStringLiteral("Account Executive"));
}

void TestSimDirectory::createUserAndReplicationDelay() {
    m_sim->server().options().replicationDelayMs = 600000;
    const QString token = m_sim->token(QStringLiteral("admin@contoso.example"), writeScopes);
    const QJsonObject body{{QStringLiteral("accountEnabled"), true},
                           {QStringLiteral("displayName"), QStringLiteral("Nina New")},
                           {QStringLiteral("mailNickname"), QStringLiteral("nina.new")},
                           {QStringLiteral("userPrincipalName"), QStringLiteral("nina.new@contoso.example")},
                           {QStringLiteral("passwordProfile"),
                            QJsonObject{{QStringLiteral("forceChangePasswordNextSignIn"), true},
                                        {QStringLiteral("password"), QStringLiteral("xWwvJ]6NMw+bWH-d")}}}};
    HttpReply r = m_sim->graph("POST", QStringLiteral("/users"), body, token);
    QCOMPARE(r.status, 201);
    const QString id = r.json().value(QStringLiteral("id")).toString();
    QCOMPARE(r.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Nina New"));
    // Not replicated yet: by id, by UPN and in lists it is not there.
    r = m_sim->graph("GET", QStringLiteral("/users/") + id, {}, token);
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), QStringLiteral("Request_ResourceNotFound"));
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/users/nina.new@contoso.example"), {}, token).status, 404);
    QCOMPARE(values(m_sim->graph("GET",
                                 QStringLiteral("/users?$filter=") +
                                     enc(QStringLiteral("startswith(displayName,'Nina N')")),
                                 {}, token))
                 .size(),
             0);
    // Duplicate UPN is refused even before replication.
    QCOMPARE(m_sim->graph("POST", QStringLiteral("/users"), body, token).status, 400);
    m_sim->server().options().replicationDelayMs = 0;
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/users/") + id, {}, token).status, 200);
    QCOMPARE(values(m_sim->graph("GET",
                                 QStringLiteral("/users?$filter=") +
                                     enc(QStringLiteral("startswith(displayName,'Nina N')")),
                                 {}, token))
                 .size(),
             1);

    QJsonObject noPassword = body;
    noPassword.remove(QStringLiteral("passwordProfile"));
    noPassword[QStringLiteral("userPrincipalName")] = QStringLiteral("x@contoso.example");
    QCOMPARE(m_sim->graph("POST", QStringLiteral("/users"), noPassword, token).status, 400);
    QJsonObject badDomain = body;
    badDomain[QStringLiteral("userPrincipalName")] = QStringLiteral("x@fabrikam.example");
    r = m_sim->graph("POST", QStringLiteral("/users"), badDomain, token);
    QCOMPARE(r.status, 400);
    QVERIFY(errorMessage(r).contains(QLatin1String("verified domain")));
    const QString userToken = m_sim->token(QStringLiteral("user@contoso.example"), writeScopes);
    QCOMPARE(m_sim->graph("POST", QStringLiteral("/users"), body, userToken).status, 403);
}

void TestSimDirectory::writeQuotaThrottles() {
    m_sim->server().options().writeQuota = 2;
    m_sim->server().options().writeQuotaWindowS = 120;
    const QString token = m_sim->token(QStringLiteral("admin@contoso.example"), writeScopes);
    const QString path = QStringLiteral("/users/user@contoso.example");
    const QJsonObject change{{QStringLiteral("jobTitle"), QStringLiteral("Quota")}};
    QCOMPARE(m_sim->graph("PATCH", path, change, token).status, 204);
    QCOMPARE(m_sim->graph("PATCH", path, change, token).status, 204);
    const HttpReply throttled = m_sim->graph("PATCH", path, change, token);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(errorCode(throttled), QStringLiteral("Request_ThrottledTemporarily"));
    const int retryAfter = throttled.header("retry-after").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 120);
    // Reads are not writes.
    QCOMPARE(m_sim->graph("GET", path, {}, token).status, 200);
}

void TestSimDirectory::latencyDelaysAnswers() {
    m_sim->server().options().latencyMs = 400;
    QElapsedTimer timer;
    timer.start();
    const HttpReply r = m_sim->graph("GET", QStringLiteral("/me"), {}, m_token);
    // A lower bound only: the answer cannot come before the configured delay.
    QVERIFY(timer.elapsed() >= 350);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Avery Admin"));

    // A client that gives up before the delayed answer leaves the server serving the next ones.
    m_sim->server().options().latencyMs = 3000;
    const HttpReply gaveUp = m_sim->request("GET", QStringLiteral("/v1.0/me"), {},
                                            {{"Authorization", "Bearer " + m_token.toLatin1()}}, 200);
    QCOMPARE(gaveUp.status, 0);
    // Same delay, queued later: by the time this one is answered the abandoned answer has fired too.
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/me"), {}, m_token).status, 200);
}

void TestSimDirectory::faultRateHitsGraphOnly() {
    m_sim->server().options().faultRate = 1.0;
    QSet<int> statuses;
    for (int i = 0; i < 12; ++i) {
        const HttpReply r = m_sim->graph("GET", QStringLiteral("/me"), {}, m_token);
        QVERIFY2(r.status == 503 || r.status == 504 || (r.status == 0 && !r.networkError.isEmpty()),
                 qPrintable(QString::number(r.status)));
        if (r.status == 503)
            QCOMPARE(r.header("retry-after"), QByteArray("1"));
        statuses.insert(r.status);
    }
    QVERIFY(statuses.size() >= 2);
    // Sign-in is not Graph: no faults there.
    QCOMPARE(passwordGrant(*m_sim, QStringLiteral("admin@contoso.example"), QStringLiteral("demo"),
                           QStringLiteral("openid"))
                 .status,
             200);
    m_sim->server().options().faultRate = 0.0;
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/me"), {}, m_token).status, 200);
}

void TestSimDirectory::requestLogRecordsRequests() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sim::SimOptions options;
    options.requestLog = dir.filePath(QStringLiteral("requests.jsonl"));
    startSim(options);
    const QString token = m_sim->token(QStringLiteral("admin@contoso.example"), writeScopes);
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/users?$top=1"), {}, token).status, 200);
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/users/user@contoso.example"),
                         QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Logged")}}, token)
                 .status,
             204);
    QFile file(options.requestLog);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> entries;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.isEmpty())
            entries << QJsonDocument::fromJson(line).object();
    QVERIFY(entries.size() >= 4); // two token requests, the GET and the PATCH
    const QJsonObject get = entries.at(entries.size() - 2);
    QCOMPARE(get.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    // Absolute, with the origin the client used (the loopback base URL here).
    QVERIFY(get.value(QStringLiteral("url")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(QUrl(get.value(QStringLiteral("url")).toString()).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).startsWith(QLatin1String("/v1.0/users?")));
    QCOMPARE(get.value(QStringLiteral("status")).toInt(), 200);
    const QJsonObject patch = entries.constLast();
    QCOMPARE(patch.value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
    QCOMPARE(patch.value(QStringLiteral("status")).toInt(), 204);
    QCOMPARE(patch.value(QStringLiteral("body")).toObject().value(QStringLiteral("jobTitle")).toString(),
             QStringLiteral("Logged"));
}

void TestSimDirectory::stateDirPersistsTheWorld() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sim::SimOptions options;
    options.stateDir = dir.path();
    options.seedUsers = 40;
    startSim(options);
    const QString tenantId = m_sim->tenantId();
    const QString token = m_sim->token(QStringLiteral("admin@contoso.example"), writeScopes);
    QCOMPARE(m_sim
                 ->graph("PATCH", QStringLiteral("/users/user@contoso.example"),
                         QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Persisted")}}, token)
                 .status,
             204);
    const HttpReply grant = passwordGrant(*m_sim, QStringLiteral("admin@contoso.example"),
                                          QStringLiteral("demo"), QStringLiteral(".default offline_access"));
    const QString refreshToken = grant.json().value(QStringLiteral("refresh_token")).toString();
    QByteArray cookie;
    QCOMPARE(signInThroughPages(*m_sim, {}, QStringLiteral("admin@contoso.example"), &cookie).status, 302);

    // A second run over the same folder finds the same tenant, users, edits, refresh tokens and consents.
    options.seedUsers = 3;
    startSim(options);
    QCOMPARE(m_sim->tenantId(), tenantId);
    QCOMPARE(m_sim->server().world().directory.users.size(), 42);
    QCOMPARE(m_sim->graph("GET", QStringLiteral("/users/user@contoso.example?$select=jobTitle"), {}, m_token)
                 .json()
                 .value(QStringLiteral("jobTitle"))
                 .toString(),
             QStringLiteral("Persisted"));
    QCOMPARE(refreshGrant(*m_sim, refreshToken).status, 200);
    const HttpReply page = m_sim->request("GET", authorizePath({}));
    const HttpReply afterSignIn =
        postForm(*m_sim, formAction(page.body),
                 {{QStringLiteral("ctx"), inputValue(page.body, QStringLiteral("ctx"))},
                  {QStringLiteral("username"), QStringLiteral("admin@contoso.example")},
                  {QStringLiteral("password"), QStringLiteral("demo")}});
    QCOMPARE(afterSignIn.status, 302); // consent was remembered: no consent page
}

void TestSimDirectory::fiftyThousandUsers() {
    sim::SimOptions options;
    options.seedUsers = 50000;
    startSim(options);
    const sim::DirectoryState &dir = m_sim->server().world().directory;
    QCOMPARE(dir.users.size(), 50002);
    QCOMPARE(dir.userIndexByUpn.size(), 50002); // every UPN unique

    HttpReply r = m_sim->graph("GET", QStringLiteral("/users/$count"), {}, m_token, eventual);
    QCOMPARE(r.body, QByteArray("50002"));
    r = m_sim->graph("GET",
                     QStringLiteral("/users?$search=%1&$count=true&$top=25&$select=displayName,mail")
                         .arg(enc(QStringLiteral("\"displayName:ana\" OR \"mail:ana\""))),
                     {}, m_token, eventual);
    QCOMPARE(r.status, 200);
    const int count = r.json().value(QStringLiteral("@odata.count")).toInt();
    int expected = 0;
    for (const sim::DirectoryUser &u : dir.users)
        if (sim::ODataSearch::tokenStartsWith(u.displayName, QStringLiteral("ana")) ||
            u.mail.startsWith(QLatin1String("ana")))
            ++expected;
    QVERIFY(expected > 100);
    QCOMPARE(count, expected);
    QCOMPARE(values(r).size(), 25);
    QVERIFY(!r.json().value(QStringLiteral("@odata.nextLink")).toString().isEmpty());

    // Walk the whole directory with the largest page.
    QString path = QStringLiteral("/v1.0/users?$top=999&$select=id");
    int seen = 0, pages = 0;
    while (!path.isEmpty()) {
        r = m_sim->graph("GET", path, {}, m_token);
        QCOMPARE(r.status, 200);
        seen += int(values(r).size());
        ++pages;
        const QString next = r.json().value(QStringLiteral("@odata.nextLink")).toString();
        path = next.isEmpty() ? QString() : pathOf(next);
        QVERIFY(pages <= 51);
    }
    QCOMPARE(seen, 50002);
    QCOMPARE(pages, 51);
}

QTEST_GUILESS_MAIN(TestSimDirectory)
#include "tst_sim_directory.moc"

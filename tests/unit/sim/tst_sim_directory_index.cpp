// Tests of sim/DirectoryIndex and the assignment index of sim/AppsState: on a seeded directory, the answers
// read through the indexes equal the brute-force answers (every object checked) for many generated
// $search and $filter queries; paging through @odata.nextLink walks exactly those answers; assignments are
// found, refused as duplicates and listed as a scan of the list finds them, also after a reload.
#include "ApplicationTemplates.h"
#include "DirectoryQuery.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUrlQuery>
#include <numeric>

using namespace sim;

namespace {

const QString kToken = QStringLiteral("index-test-token");

Request get(const QString &path, const QList<QPair<QString, QString>> &items, bool eventual = true) {
    Request r;
    r.method = "GET";
    r.url.setPath(path);
    QUrlQuery query;
    for (const auto &[name, value] : items)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    r.url.setQuery(query);
    r.headers.insert("host", "127.0.0.1:4444");
    r.headers.insert("authorization", "Bearer " + kToken.toLatin1());
    if (eventual)
        r.headers.insert("consistencylevel", "eventual");
    return r;
}

Request post(const QString &path, const QJsonObject &body) {
    Request r;
    r.method = "POST";
    r.url.setPath(path);
    r.headers.insert("host", "127.0.0.1:4444");
    r.headers.insert("authorization", "Bearer " + kToken.toLatin1());
    r.headers.insert("content-type", "application/json");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

// Users whose names exercise the tokenizer and case folding: camel case, punctuation, digits, letters
// outside ASCII (also outside the BMP), empty and leading-space values.
const QList<QStringList> unusualUsers{
    {QStringLiteral("DeShawn McDonald"), QStringLiteral("deshawn.mcdonald@contoso.example")},
    {QStringLiteral("Anne-Marie O'Brien"), QStringLiteral("am.obrien@contoso.example")},
    {QStringLiteral("Émile Zoë Ärger"), QStringLiteral("emile.arger@contoso.example")},
    {QStringLiteral("STRASSE Straße"), QStringLiteral("strasse@contoso.example")},
    {QStringLiteral("ΣΟΦΙΑ σοφία"), QStringLiteral("sofia@contoso.example")},
    {QStringLiteral("İlkay Işık"), QStringLiteral("ilkay@contoso.example")},
    {QString::fromUtf8("\xF0\x9D\x92\x9C"
                       "da Math"),
     QStringLiteral("ada.math@contoso.example")},
    {QStringLiteral(" Leading Space"), QString()},
    {QStringLiteral("R2D2 unit7Alpha"), QStringLiteral("r2d2@contoso.example")},
    {QString(), QStringLiteral("nameless@contoso.example")},
};

} // namespace

class TestSimDirectoryIndex : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchEqualsBruteForce();
    void filterEqualsBruteForce();
    void groupsEqualBruteForce();
    void indexFollowsWrites();
    void pagingWalksTheIndexedAnswer();
    void assignmentsEqualAScan();

private:
    // The query's answer through the index, and the same query with every object a candidate.
    void compare(DirectoryQuery::Kind kind, const QList<QPair<QString, QString>> &items);
    QString randomTerm(const QString &from);
    QString randomValue(DirectoryQuery::Kind kind, const QString &property);
    void addUser(const QString &displayName, const QString &mail);

    std::unique_ptr<SimServer> m_server;
    QRandomGenerator m_random{20261207};
    int m_compared = 0;
    int m_nonEmpty = 0;
};

void TestSimDirectoryIndex::init() {
    SimOptions options;
    options.seedUsers = 3000;
    options.seedGroups = 60;
    options.randomSeed = 42;
    m_server = std::make_unique<SimServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error)); // seeds, and routes for dispatch()
    // Half of the unusual users before the first lookup, half after (added to views already built).
    for (int i = 0; i < unusualUsers.size() / 2; ++i)
        addUser(unusualUsers.at(i).at(0), unusualUsers.at(i).at(1));
    DirectoryState &dir = m_server->world().directory;
    const DirectoryUser *admin = dir.userByUpn(QStringLiteral("admin@contoso.example"));
    QVERIFY(admin);
    dir.accessTokens.insert(
        kToken, {admin->id,
                 QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"),
                 {QStringLiteral("Directory.Read.All"), QStringLiteral("Application.ReadWrite.All"),
                  QStringLiteral("AppRoleAssignment.ReadWrite.All")},
                 m_server->nowMs() + 3600 * 1000});
    m_compared = 0;
    m_nonEmpty = 0;
}

void TestSimDirectoryIndex::cleanup() {
    m_server.reset();
}

void TestSimDirectoryIndex::addUser(const QString &displayName, const QString &mail) {
    DirectoryUser u;
    u.id = m_server->newGuid();
    u.displayName = displayName;
    u.givenName = displayName.section(u' ', 0, 0);
    u.surname = displayName.section(u' ', 1);
    u.userPrincipalName = mail.isEmpty() ? u.id + QStringLiteral("@contoso.example") : mail;
    u.mail = mail;
    u.jobTitle = QStringLiteral("Specialist");
    m_server->world().directory.addUser(u);
}

QString TestSimDirectoryIndex::randomTerm(const QString &from) {
    if (from.isEmpty() || m_random.bounded(8) == 0) {
        // Sometimes a term that may match nothing, or the middle of a word.
        static const QStringList odd{QStringLiteral("zz"), QStringLiteral("x"), QStringLiteral("ß"),
                                     QStringLiteral("ss"), QStringLiteral("σ"), QStringLiteral("i"),
                                     QStringLiteral("-m"), QStringLiteral("7"), QStringLiteral("donald")};
        return odd.at(m_random.bounded(odd.size()));
    }
    const int start = m_random.bounded(int(from.size()));
    const int length = 1 + m_random.bounded(6);
    QString term = from.mid(m_random.bounded(3) == 0 ? start : 0, length).trimmed();
    if (term.isEmpty())
        term = QStringLiteral("a");
    switch (m_random.bounded(3)) {
    case 0:
        return term.toUpper();
    case 1:
        return term.toLower();
    default:
        return term;
    }
}

QString TestSimDirectoryIndex::randomValue(DirectoryQuery::Kind kind, const QString &property) {
    const DirectoryState &dir = m_server->world().directory;
    if (kind == DirectoryQuery::Kind::Groups) {
        const DirectoryGroup &g = dir.groups.at(m_random.bounded(int(dir.groups.size())));
        return property == QLatin1String("description") ? g.description
               : property == QLatin1String("mail")      ? g.mail
                                                        : g.displayName;
    }
    const DirectoryUser &u = dir.users.at(m_random.bounded(int(dir.users.size())));
    if (property == QLatin1String("mail"))
        return u.mail;
    if (property == QLatin1String("userPrincipalName") || property == QLatin1String("mailNickname"))
        return u.userPrincipalName;
    if (property == QLatin1String("givenName"))
        return u.givenName;
    if (property == QLatin1String("surname"))
        return u.surname;
    if (property == QLatin1String("jobTitle"))
        return u.jobTitle;
    if (property == QLatin1String("department"))
        return u.department;
    if (property == QLatin1String("id"))
        return u.id;
    return u.displayName;
}

void TestSimDirectoryIndex::compare(DirectoryQuery::Kind kind, const QList<QPair<QString, QString>> &items) {
    const QString path =
        kind == DirectoryQuery::Kind::Users ? QStringLiteral("/v1.0/users") : QStringLiteral("/v1.0/groups");
    const Request request = get(path, items);
    Response failure;
    const auto query = DirectoryQuery::prepare(*m_server, request, kind, &failure);
    QVERIFY2(query, qPrintable(QString::fromUtf8(failure.body) + u' ' + request.url.toString()));
    const DirectoryState &dir = m_server->world().directory;
    QVector<int> everyone(kind == DirectoryQuery::Kind::Users ? dir.users.size() : dir.groups.size());
    std::iota(everyone.begin(), everyone.end(), 0);
    const QVector<int> indexed = query->scan(*m_server);
    const QVector<int> bruteForce = query->scan(*m_server, &everyone);
    QVERIFY2(indexed == bruteForce, qPrintable(QStringLiteral("%1: %2 through the index, %3 by scanning")
                                                   .arg(request.url.toString())
                                                   .arg(indexed.size())
                                                   .arg(bruteForce.size())));
    ++m_compared;
    if (!bruteForce.isEmpty())
        ++m_nonEmpty;
}

void TestSimDirectoryIndex::searchEqualsBruteForce() {
    // The properties the picker searches, the other plain ones, and one the index does not keep.
    const QStringList properties{QStringLiteral("displayName"),       QStringLiteral("mail"),
                                 QStringLiteral("userPrincipalName"), QStringLiteral("givenName"),
                                 QStringLiteral("surname"),           QStringLiteral("jobTitle"),
                                 QStringLiteral("department"),        QStringLiteral("mailNickname")};
    for (int i = 0; i < 400; ++i) {
        if (i == 200) // the rest of the unusual users arrive while views exist
            for (int u = int(unusualUsers.size()) / 2; u < unusualUsers.size(); ++u)
                addUser(unusualUsers.at(u).at(0), unusualUsers.at(u).at(1));
        const int clauses = 1 + m_random.bounded(3);
        const QString joiner = m_random.bounded(2) ? QStringLiteral(" OR ") : QStringLiteral(" AND ");
        QStringList parts;
        for (int c = 0; c < clauses; ++c) {
            // Mostly the picker's own properties.
            const QString property = properties.at(m_random.bounded(c == 0 ? 3 : int(properties.size())));
            parts << QStringLiteral("\"%1:%2\"")
                         .arg(property, randomTerm(randomValue(DirectoryQuery::Kind::Users, property)));
        }
        QList<QPair<QString, QString>> items{{QStringLiteral("$search"), parts.join(joiner)}};
        if (m_random.bounded(4) == 0)
            items.append({QStringLiteral("$orderby"), QStringLiteral("displayName")});
        if (m_random.bounded(4) == 0) {
            items.append({QStringLiteral("$filter"), QStringLiteral("accountEnabled eq true")});
            items.append({QStringLiteral("$count"), QStringLiteral("true")});
        }
        compare(DirectoryQuery::Kind::Users, items);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(m_compared, 400);
    QVERIFY2(m_nonEmpty > 200, qPrintable(QString::number(m_nonEmpty))); // the queries do find people
}

void TestSimDirectoryIndex::filterEqualsBruteForce() {
    const QStringList prefixable{QStringLiteral("displayName"), QStringLiteral("userPrincipalName"),
                                 QStringLiteral("mail"), QStringLiteral("givenName"),
                                 QStringLiteral("surname")};
    auto literal = [](QString value) { return u'\'' + value.replace(u'\'', QStringLiteral("''")) + u'\''; };
    auto clause = [&]() {
        const QString property = prefixable.at(m_random.bounded(int(prefixable.size())));
        const QString value = randomValue(DirectoryQuery::Kind::Users, property);
        switch (m_random.bounded(6)) {
        case 0:
            return QStringLiteral("%1 eq %2").arg(property, literal(value));
        case 1:
            return QStringLiteral("%1 eq %2").arg(property, literal(value.toUpper()));
        case 2:
            return QStringLiteral("id eq %1")
                .arg(literal(randomValue(DirectoryQuery::Kind::Users, QStringLiteral("id"))));
        case 3:
            return QStringLiteral("%1 in (%2, %3)")
                .arg(property, literal(value), literal(randomValue(DirectoryQuery::Kind::Users, property)));
        default:
            return QStringLiteral("startswith(%1,%2)").arg(property, literal(randomTerm(value)));
        }
    };
    for (int i = 0; i < 400; ++i) {
        QString filter = clause();
        switch (m_random.bounded(6)) {
        case 0:
            filter += QStringLiteral(" or ") + clause();
            break;
        case 1:
            filter += QStringLiteral(" and accountEnabled eq true");
            break;
        case 2:
            filter = QStringLiteral("not (%1)").arg(filter); // no index can answer it: a scan
            break;
        case 3:
            filter = QStringLiteral("accountEnabled eq true and (%1 or %2)").arg(filter, clause());
            break;
        default:
            break;
        }
        QList<QPair<QString, QString>> items{{QStringLiteral("$filter"), filter}};
        if (m_random.bounded(3) == 0)
            items.append({QStringLiteral("$search"),
                          QStringLiteral("\"displayName:%1\"")
                              .arg(randomTerm(
                                  randomValue(DirectoryQuery::Kind::Users, QStringLiteral("displayName"))))});
        compare(DirectoryQuery::Kind::Users, items);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(m_nonEmpty > 200, qPrintable(QString::number(m_nonEmpty)));
}

void TestSimDirectoryIndex::groupsEqualBruteForce() {
    const QStringList properties{QStringLiteral("displayName"), QStringLiteral("description"),
                                 QStringLiteral("mail")};
    for (int i = 0; i < 200; ++i) {
        const QString property = properties.at(m_random.bounded(int(properties.size())));
        const QString term = randomTerm(randomValue(DirectoryQuery::Kind::Groups, property));
        QList<QPair<QString, QString>> items;
        if (i % 2)
            items.append(
                {QStringLiteral("$search"), QStringLiteral("\"%1:%2\" OR \"mail:%2\"").arg(property, term)});
        else
            items.append(
                {QStringLiteral("$filter"),
                 QStringLiteral("startswith(%1,'%2')")
                     .arg(property == QLatin1String("description") ? QStringLiteral("displayName") : property,
                          QString(term).replace(u'\'', QStringLiteral("''")))});
        compare(DirectoryQuery::Kind::Groups, items);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(m_nonEmpty > 100, qPrintable(QString::number(m_nonEmpty)));
}

void TestSimDirectoryIndex::indexFollowsWrites() {
    // A search builds the view; a new user, a renamed user and a directory reloaded from JSON are all seen.
    auto ids = [this](const QString &term) {
        Response failure;
        const auto query = DirectoryQuery::prepare(
            *m_server,
            get(QStringLiteral("/v1.0/users"),
                {{QStringLiteral("$search"), QStringLiteral("\"displayName:%1\"").arg(term)}}),
            DirectoryQuery::Kind::Users, &failure);
        QStringList out;
        for (int i : query->scan(*m_server))
            out << m_server->world().directory.users.at(i).id;
        return out;
    };
    QVERIFY(ids(QStringLiteral("Quetzal")).isEmpty());
    addUser(QStringLiteral("Quetzal Coatl"), QStringLiteral("quetzal@contoso.example"));
    DirectoryState &dir = m_server->world().directory;
    const QString newId = dir.users.constLast().id;
    QCOMPARE(ids(QStringLiteral("Quetzal")), QStringList{newId});
    QCOMPARE(ids(QStringLiteral("coat")), QStringList{newId});

    dir.mutableUserById(newId)->displayName = QStringLiteral("Xochi Pilli");
    QVERIFY(ids(QStringLiteral("Quetzal")).isEmpty());
    QCOMPARE(ids(QStringLiteral("pill")), QStringList{newId});

    const QJsonObject saved = dir.toJson();
    dir.fromJson(saved);
    QCOMPARE(ids(QStringLiteral("pill")), QStringList{newId});
}

void TestSimDirectoryIndex::pagingWalksTheIndexedAnswer() {
    // The picker's own request, page by page: the pages hold exactly the brute-force answer, in its order.
    const QString search = QStringLiteral("\"displayName:an\" OR \"mail:an\" OR \"userPrincipalName:an\"");
    const QList<QPair<QString, QString>> items{{QStringLiteral("$search"), search},
                                               {QStringLiteral("$top"), QStringLiteral("7")},
                                               {QStringLiteral("$select"), QStringLiteral("id,displayName")}};
    Response failure;
    const auto query = DirectoryQuery::prepare(*m_server, get(QStringLiteral("/v1.0/users"), items),
                                               DirectoryQuery::Kind::Users, &failure);
    QVERIFY(query);
    const DirectoryState &dir = m_server->world().directory;
    QVector<int> everyone(dir.users.size());
    std::iota(everyone.begin(), everyone.end(), 0);
    QStringList expected;
    for (int i : query->scan(*m_server, &everyone))
        expected << dir.users.at(i).id;
    QVERIFY2(expected.size() > 50, qPrintable(QString::number(expected.size())));

    QStringList walked;
    Request request = get(QStringLiteral("/v1.0/users"), items);
    for (int page = 0; page < 1000; ++page) {
        const Response answer = m_server->dispatch(request);
        QCOMPARE(answer.status, 200);
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        for (const QJsonValue &v : json.value(QStringLiteral("value")).toArray())
            walked << v.toObject().value(QStringLiteral("id")).toString();
        const QUrl next(json.value(QStringLiteral("@odata.nextLink")).toString());
        if (next.isEmpty())
            break;
        request.url = QUrl(next.path(QUrl::FullyEncoded) + u'?' + next.query(QUrl::FullyEncoded));
    }
    QCOMPARE(walked, expected);

    const Response count =
        m_server->dispatch(get(QStringLiteral("/v1.0/users/$count"), {{QStringLiteral("$search"), search}}));
    QCOMPARE(count.status, 200);
    QCOMPARE(qsizetype(count.body.toInt()), expected.size());
}

void TestSimDirectoryIndex::assignmentsEqualAScan() {
    DirectoryState &dir = m_server->world().directory;
    const Response created = m_server->dispatch(
        post(QStringLiteral("/v1.0/applicationTemplates/%1/instantiate").arg(apps::insightlySamlTemplateId()),
             QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Insightly SAML")}}));
    QVERIFY2(created.status == 201, created.body.constData());
    const QJsonObject sp =
        QJsonDocument::fromJson(created.body).object().value(QStringLiteral("servicePrincipal")).toObject();
    const QString spId = sp.value(QStringLiteral("id")).toString();
    QVERIFY(!spId.isEmpty());
    const QString roleId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    AppsState &apps = m_server->world().apps;
    auto assign = [&](const QString &principalId) {
        return m_server
            ->dispatch(post(QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo").arg(spId),
                            QJsonObject{{QStringLiteral("principalId"), principalId},
                                        {QStringLiteral("resourceId"), spId},
                                        {QStringLiteral("appRoleId"), roleId}}))
            .status;
    };
    // Up to 600 distinct users, some asked twice: the second answer is 400.
    QSet<QString> assigned;
    for (int i = 0; i < 800; ++i) {
        const QString id = dir.users.at(2 + m_random.bounded(600)).id;
        QCOMPARE(assign(id), assigned.contains(id) ? 400 : 201);
        assigned.insert(id);
        // The duplicate check ignores the case of ids, as Graph does.
        QVERIFY(apps.isAssigned(spId, id.toUpper(), roleId.toUpper()));
    }
    auto scanOf = [&apps](const QString &resource) {
        QVector<QJsonObject> out;
        for (const QJsonObject &a : apps.appRoleAssignments)
            if (a.value(QStringLiteral("resourceId")).toString() == resource)
                out << a;
        return out;
    };
    QCOMPARE(apps.assignmentsOf(spId).size(), assigned.size());
    QVERIFY(apps.assignmentsOf(spId) == scanOf(spId));

    // Delete a few by id through the route; the rest stay findable by id and by key.
    const QVector<QJsonObject> before = scanOf(spId);
    for (int i = 0; i < 20; ++i) {
        const QString id = before.at(i * 7).value(QStringLiteral("id")).toString();
        Request del =
            get(QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo/%2").arg(spId, id), {}, false);
        del.method = "DELETE";
        QCOMPARE(m_server->dispatch(del).status, 204);
        QCOMPARE(m_server->dispatch(del).status, 404);
        QVERIFY(
            !apps.isAssigned(spId, before.at(i * 7).value(QStringLiteral("principalId")).toString(), roleId));
    }
    QVERIFY(apps.assignmentsOf(spId) == scanOf(spId));
    for (const QJsonObject &a : scanOf(spId)) {
        QVERIFY(apps.assignment(spId, a.value(QStringLiteral("id")).toString()));
        QVERIFY(apps.isAssigned(spId, a.value(QStringLiteral("principalId")).toString().toUpper(), roleId));
    }

    // Appended straight to the list (as some tests do), then saved and loaded: the same answers.
    QJsonObject extra = scanOf(spId).constFirst();
    extra.insert(QStringLiteral("id"), QStringLiteral("appended"));
    extra.insert(QStringLiteral("principalId"), dir.users.at(900).id);
    apps.appRoleAssignments.append(extra);
    QVERIFY(apps.isAssigned(spId, dir.users.at(900).id, roleId));
    QCOMPARE(assign(dir.users.at(900).id), 400);
    const QJsonObject saved = apps.toJson();
    apps.fromJson(saved);
    QCOMPARE(apps.toJson(), saved); // the persisted format is unchanged
    QVERIFY(apps.assignmentsOf(spId) == scanOf(spId));
    QVERIFY(apps.assignment(spId, QStringLiteral("appended")));
    QCOMPARE(assign(dir.users.at(900).id), 400);
    QCOMPARE(assign(dir.users.at(901).id), 201);

    // The list route pages through them all, in creation order.
    QStringList listed;
    Request list = get(QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignedTo").arg(spId),
                       {{QStringLiteral("$top"), QStringLiteral("50")}}, false);
    for (int page = 0; page < 100; ++page) {
        const Response answer = m_server->dispatch(list);
        QCOMPARE(answer.status, 200);
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        for (const QJsonValue &v : json.value(QStringLiteral("value")).toArray())
            listed << v.toObject().value(QStringLiteral("id")).toString();
        const QUrl next(json.value(QStringLiteral("@odata.nextLink")).toString());
        if (next.isEmpty())
            break;
        list.url = QUrl(next.path(QUrl::FullyEncoded) + u'?' + next.query(QUrl::FullyEncoded));
    }
    QStringList expected;
    for (const QJsonObject &a : scanOf(spId))
        expected << a.value(QStringLiteral("id")).toString();
    QCOMPARE(listed, expected);

    // Deleting the service principal takes its assignments with it.
    apps.removeAssignmentsOf(spId);
    QVERIFY(apps.assignmentsOf(spId).isEmpty());
    QVERIFY(!apps.isAssigned(spId, dir.users.at(901).id, roleId));
}

QTEST_GUILESS_MAIN(TestSimDirectoryIndex)
#include "tst_sim_directory_index.moc"

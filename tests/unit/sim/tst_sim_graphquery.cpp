// Tests of sim/GraphQuery: $filter compilation and evaluation, query-option parsing, $search, $select,
// paging.
#include "GraphQuery.h"

#include <QJsonArray>
#include <QTest>

using namespace sim;

namespace {

Request requestFor(const QString &pathAndQuery, const QHash<QByteArray, QByteArray> &headers = {}) {
    Request r;
    r.method = "GET";
    const qsizetype q = pathAndQuery.indexOf(u'?');
    r.url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        r.url.setQuery(pathAndQuery.mid(q + 1));
    r.headers = headers;
    r.headers.insert("host", "127.0.0.1:4444");
    return r;
}

QJsonObject sampleUser() {
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("6e4a9d2c-0b4f-4c3e-9a57-1f0d7c9b2a11")},
        {QStringLiteral("displayName"), QStringLiteral("Ana Lopez")},
        {QStringLiteral("userPrincipalName"), QStringLiteral("ana.lopez17@contoso.example")},
        {QStringLiteral("accountEnabled"), true},
        {QStringLiteral("jobTitle"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("proxyAddresses"), QJsonArray{QStringLiteral("SMTP:ana.lopez17@contoso.example")}},
        {QStringLiteral("identities"),
         QJsonArray{QJsonObject{{QStringLiteral("signInType"), QStringLiteral("userPrincipalName")},
                                {QStringLiteral("issuer"), QStringLiteral("contoso.example")}}}},
    };
}

} // namespace

class TestSimGraphQuery : public QObject {
    Q_OBJECT
private slots:
    void filterMatches_data();
    void filterMatches();
    void filterSyntaxErrors_data();
    void filterSyntaxErrors();
    void filterReportsPropertiesAndFunctions();
    void filterOverLookup();
    void parseOptions();
    void plusIsASpaceAndPercent2BIsAPlus();
    void parseErrors_data();
    void parseErrors();
    void eventualConsistencyHeader();
    void searchParsingAndMatching_data();
    void searchParsingAndMatching();
    void searchSyntaxErrors();
    void selectKeepsIdAndNullsMissing();
    void validateSelectNamesTheType();
    void pagingWalksTheWholeCollection();
    void skipTokenRoundTrip();
    void orderBy();
};

void TestSimGraphQuery::filterMatches_data() {
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("expected");
    QTest::newRow("eq string") << "displayName eq 'Ana Lopez'" << true;
    QTest::newRow("eq ignores case") << "userPrincipalName eq 'ANA.LOPEZ17@contoso.example'" << true;
    QTest::newRow("eq other") << "displayName eq 'Bob'" << false;
    QTest::newRow("ne") << "displayName ne 'Bob'" << true;
    QTest::newRow("guid literal") << "id eq 6e4a9d2c-0b4f-4c3e-9a57-1f0d7c9b2a11" << true;
    QTest::newRow("quoted guid") << "id eq '6E4A9D2C-0B4F-4C3E-9A57-1F0D7C9B2A11'" << true;
    QTest::newRow("bool") << "accountEnabled eq true" << true;
    QTest::newRow("bool false") << "accountEnabled eq false" << false;
    QTest::newRow("null eq") << "jobTitle eq null" << true;
    QTest::newRow("missing is null") << "department eq null" << true;
    QTest::newRow("null ne") << "displayName ne null" << true;
    QTest::newRow("startswith") << "startswith(displayName,'ana')" << true;
    QTest::newRow("startsWith camel") << "startsWith(userPrincipalName, 'bob')" << false;
    QTest::newRow("contains") << "contains(displayName,'lop')" << true;
    QTest::newRow("endswith") << "endswith(userPrincipalName,'@contoso.example')" << true;
    QTest::newRow("and") << "accountEnabled eq true and startswith(displayName,'A')" << true;
    QTest::newRow("and false") << "accountEnabled eq true and startswith(displayName,'B')" << false;
    QTest::newRow("or") << "displayName eq 'Bob' or displayName eq 'Ana Lopez'" << true;
    QTest::newRow("not") << "not (displayName eq 'Bob')" << true;
    QTest::newRow("not startswith") << "not startswith(displayName,'Ana')" << false;
    QTest::newRow("precedence and over or")
        << "displayName eq 'Ana Lopez' or displayName eq 'x' and accountEnabled eq false" << true;
    QTest::newRow("parens")
        << "(displayName eq 'Ana Lopez' or displayName eq 'x') and accountEnabled eq false" << false;
    QTest::newRow("any string") << "proxyAddresses/any(x:x eq 'smtp:ana.lopez17@contoso.example')" << true;
    QTest::newRow("any miss") << "proxyAddresses/any(x:x eq 'smtp:bob@contoso.example')" << false;
    QTest::newRow("any startswith") << "proxyAddresses/any(p:startswith(p,'SMTP:'))" << true;
    QTest::newRow("any object") << "identities/any(c:c/issuer eq 'contoso.example')" << true;
    QTest::newRow("any empty") << "proxyAddresses/any()" << true;
    QTest::newRow("in") << "displayName in ('Bob', 'Ana Lopez')" << true;
    QTest::newRow("in miss") << "displayName in ('Bob')" << false;
    QTest::newRow("escaped quote") << "displayName eq 'O''Brien'" << false;
}

void TestSimGraphQuery::filterMatches() {
    QFETCH(QString, expression);
    QFETCH(bool, expected);
    QString error;
    const auto filter = ODataFilter::compile(expression, &error);
    QVERIFY2(filter, qPrintable(error));
    QCOMPARE(filter->matches(sampleUser()), expected);
}

void TestSimGraphQuery::filterSyntaxErrors_data() {
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("dangling eq") << "displayName eq"
                                 << "Syntax error at position";
    QTest::newRow("unterminated") << "displayName eq 'abc"
                                  << "unterminated string literal";
    QTest::newRow("bad char") << "displayName eq 'a' & x"
                              << "character '&' is not valid";
    QTest::newRow("unknown op") << "displayName like 'a'"
                                << "Syntax error";
    QTest::newRow("unknown function") << "substringof('a',displayName)"
                                      << "unknown function";
    QTest::newRow("unbalanced") << "(displayName eq 'a'"
                                << "Syntax error";
    QTest::newRow("trailing") << "displayName eq 'a' 'b'"
                              << "Syntax error";
    QTest::newRow("empty") << "  "
                           << "empty";
    QTest::newRow("bad lambda") << "proxyAddresses/any(x x eq 'a')"
                                << "Syntax error";
}

void TestSimGraphQuery::filterSyntaxErrors() {
    QFETCH(QString, expression);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!ODataFilter::compile(expression, &error));
    QVERIFY2(error.startsWith(QLatin1String("Invalid filter clause")), qPrintable(error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestSimGraphQuery::filterReportsPropertiesAndFunctions() {
    QString error;
    const auto filter = ODataFilter::compile(
        QStringLiteral("startswith(displayName,'a') or identities/any(c:c/issuer eq 'x') and mail ne null"),
        &error);
    QVERIFY2(filter, qPrintable(error));
    QCOMPARE(filter->properties(),
             (QStringList{QStringLiteral("displayName"), QStringLiteral("identities"),
                          QStringLiteral("identities/issuer"), QStringLiteral("mail")}));
    QCOMPARE(filter->functions(), (QStringList{QStringLiteral("startswith"), QStringLiteral("any")}));
}

void TestSimGraphQuery::filterOverLookup() {
    QString error;
    const auto filter = ODataFilter::compile(QStringLiteral("mail eq 'a@b'"), &error);
    QVERIFY(filter);
    QStringList asked;
    const bool hit = filter->matches([&asked](const QString &path) {
        asked << path;
        return QJsonValue(QStringLiteral("A@B"));
    });
    QVERIFY(hit);
    QCOMPARE(asked, QStringList{QStringLiteral("mail")});
}

void TestSimGraphQuery::parseOptions() {
    const Request r = requestFor(QStringLiteral(
        "/v1.0/users?$filter=startswith(displayName,'a')&$select=id,displayName,mail&$top=5&$count=true"
        "&$orderby=displayName+desc&$search=%22displayName:ann%22&$expand=owners&api-version=ignored"));
    ODataQuery q;
    QString error;
    QVERIFY2(ODataQuery::parse(r, &q, &error), qPrintable(error));
    QCOMPARE(q.filter, QStringLiteral("startswith(displayName,'a')"));
    QCOMPARE(q.select,
             (QStringList{QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("mail")}));
    QCOMPARE(q.top, 5);
    QVERIFY(q.count);
    QCOMPARE(q.orderByProperty, QStringLiteral("displayName"));
    QVERIFY(q.orderDescending);
    QCOMPARE(q.search, QStringLiteral("\"displayName:ann\""));
    QCOMPARE(q.skip, 0);
    QCOMPARE(q.expand, QStringLiteral("owners"));
}

void TestSimGraphQuery::plusIsASpaceAndPercent2BIsAPlus() {
    ODataQuery q;
    QString error;
    QVERIFY2(ODataQuery::parse(
                 requestFor(QStringLiteral("/v1.0/users?$filter=mail+eq+'ann%2Bsales@contoso.example'")), &q,
                 &error),
             qPrintable(error));
    QCOMPARE(q.filter, QStringLiteral("mail eq 'ann+sales@contoso.example'"));
}

void TestSimGraphQuery::parseErrors_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("top zero") << "$top=0"
                              << "Request_BadRequest"
                              << "Invalid page size specified: '0'";
    QTest::newRow("top big") << "$top=1000"
                             << "Request_BadRequest"
                             << "between 1 and 999";
    QTest::newRow("top text") << "$top=ten"
                              << "Request_BadRequest"
                              << "'ten'";
    QTest::newRow("count") << "$count=maybe"
                           << "BadRequest"
                           << "not a valid count option";
    QTest::newRow("filter") << "$filter=displayName%20eq"
                            << "BadRequest"
                            << "Invalid filter clause";
    QTest::newRow("skiptoken") << "$skiptoken=garbage"
                               << "Directory_ExpiredPageToken"
                               << "page token";
    QTest::newRow("twice") << "$top=1&$top=2"
                           << "BadRequest"
                           << "more than once";
    QTest::newRow("skip") << "$skip=5"
                          << "Request_UnsupportedQuery"
                          << "'skip' is not supported";
    QTest::newRow("unknown") << "$foo=1"
                             << "BadRequest"
                             << "'$foo' is not supported";
    QTest::newRow("orderby") << "$orderby=displayName%20sideways"
                             << "BadRequest"
                             << "Syntax error";
}

void TestSimGraphQuery::parseErrors() {
    QFETCH(QString, query);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    ODataQuery q;
    QString error, errorCode;
    QVERIFY(!ODataQuery::parse(requestFor(QStringLiteral("/v1.0/users?") + query), &q, &error, &errorCode));
    QCOMPARE(errorCode, code);
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestSimGraphQuery::eventualConsistencyHeader() {
    QVERIFY(!ODataQuery::hasEventualConsistency(requestFor(QStringLiteral("/v1.0/users"))));
    QVERIFY(ODataQuery::hasEventualConsistency(
        requestFor(QStringLiteral("/v1.0/users"), {{"consistencylevel", "Eventual"}})));
    QVERIFY(!ODataQuery::hasEventualConsistency(
        requestFor(QStringLiteral("/v1.0/users"), {{"consistencylevel", "session"}})));
}

void TestSimGraphQuery::searchParsingAndMatching_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("expected");
    QTest::newRow("token start") << "\"displayName:lop\"" << true;
    QTest::newRow("token mid") << "\"displayName:opez\"" << false;
    QTest::newRow("camel token") << "\"displayName:Point\"" << true;
    QTest::newRow("mail startswith") << "\"mail:ana.lo\"" << true;
    QTest::newRow("mail not tokenized") << "\"mail:lopez\"" << false;
    QTest::newRow("or") << "\"displayName:zzz\" OR \"mail:ana\"" << true;
    QTest::newRow("and") << "\"displayName:ana\" AND \"mail:zzz\"" << false;
    QTest::newRow("and both") << "\"displayName:ana\" AND \"mail:ana\"" << true;
}

void TestSimGraphQuery::searchParsingAndMatching() {
    QFETCH(QString, search);
    QFETCH(bool, expected);
    ODataSearch s;
    QString error;
    QVERIFY2(ODataSearch::parse(search, &s, &error), qPrintable(error));
    const QHash<QString, QString> values{
        {QStringLiteral("displayName"), QStringLiteral("Ana Lopez (SharePoint)")},
        {QStringLiteral("mail"), QStringLiteral("ana.lopez17@contoso.example")}};
    QCOMPARE(s.matches([&values](const QString &p) { return QJsonValue(values.value(p)); }), expected);
}

void TestSimGraphQuery::searchSyntaxErrors() {
    for (const QString &bad :
         {QStringLiteral("ann"), QStringLiteral("\"ann\""), QStringLiteral("\"displayName:ann\" OR"),
          QStringLiteral("\"displayName:ann\" OR \"mail:a\" AND \"mail:b\""),
          QStringLiteral("\"displayName:\"")}) {
        ODataSearch s;
        QString error;
        QVERIFY2(!ODataSearch::parse(bad, &s, &error), qPrintable(bad));
        QVERIFY(!error.isEmpty());
    }
}

void TestSimGraphQuery::selectKeepsIdAndNullsMissing() {
    const QJsonObject selected =
        applySelect(sampleUser(), {QStringLiteral("displayName"), QStringLiteral("mail")});
    QCOMPARE(selected.keys(),
             (QStringList{QStringLiteral("displayName"), QStringLiteral("id"), QStringLiteral("mail")}));
    QVERIFY(selected.value(QStringLiteral("mail")).isNull());
    QCOMPARE(applySelect(sampleUser(), {}), sampleUser());
}

void TestSimGraphQuery::validateSelectNamesTheType() {
    QString error;
    QVERIFY(validateSelect({QStringLiteral("id")}, {QStringLiteral("id")},
                           QStringLiteral("microsoft.graph.user"), &error));
    QVERIFY(!validateSelect({QStringLiteral("nope")}, {QStringLiteral("id")},
                            QStringLiteral("microsoft.graph.user"), &error));
    QCOMPARE(error, QStringLiteral("Could not find a property named 'nope' on type 'microsoft.graph.user'."));
}

void TestSimGraphQuery::pagingWalksTheWholeCollection() {
    QVector<QJsonObject> items;
    for (int i = 0; i < 23; ++i)
        items.append(QJsonObject{{QStringLiteral("id"), QString::number(i)}, {QStringLiteral("n"), i}});
    QString path = QStringLiteral("/v1.0/users?$top=10&$count=true&$select=n");
    QStringList seen;
    int pages = 0;
    while (!path.isEmpty()) {
        const Request r = requestFor(path);
        ODataQuery q;
        QString error;
        QVERIFY2(ODataQuery::parse(r, &q, &error), qPrintable(error));
        const QJsonObject page = collectionPage(r, q, QStringLiteral("users"), items);
        QCOMPARE(page.value(QStringLiteral("@odata.context")).toString(),
                 QStringLiteral("http://127.0.0.1:4444/v1.0/$metadata#users(n)"));
        QCOMPARE(page.value(QStringLiteral("@odata.count")).toInt(), 23);
        for (const QJsonValue &v : page.value(QStringLiteral("value")).toArray())
            seen << v.toObject().value(QStringLiteral("id")).toString();
        ++pages;
        const QString next = page.value(QStringLiteral("@odata.nextLink")).toString();
        if (next.isEmpty())
            break;
        QVERIFY(next.startsWith(QLatin1String("http://127.0.0.1:4444/v1.0/users?")));
        QVERIFY(next.contains(QLatin1String("$skiptoken=")));
        path = QUrl(next).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 23);
    QCOMPARE(seen.constFirst(), QStringLiteral("0"));
    QCOMPARE(seen.constLast(), QStringLiteral("22"));
}

void TestSimGraphQuery::skipTokenRoundTrip() {
    for (int offset : {0, 1, 999, 49999}) {
        const QString token = encodeSkipToken(offset);
        QVERIFY(!token.contains(QString::number(offset)) || offset == 0);
        QCOMPARE(decodeSkipToken(token), offset);
    }
    QCOMPARE(decodeSkipToken(QStringLiteral("abc")), -1);
    QCOMPARE(decodeSkipToken(QStringLiteral("RFNwdAI!!!")), -1);
}

void TestSimGraphQuery::orderBy() {
    QVector<QJsonObject> items{QJsonObject{{QStringLiteral("displayName"), QStringLiteral("bravo")}},
                               QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Alpha")}},
                               QJsonObject{{QStringLiteral("displayName"), QStringLiteral("charlie")}}};
    ODataQuery q;
    q.orderByProperty = QStringLiteral("displayName");
    sortItems(items, q);
    QCOMPARE(items.at(0).value(QStringLiteral("displayName")).toString(), QStringLiteral("Alpha"));
    q.orderDescending = true;
    sortItems(items, q);
    QCOMPARE(items.at(0).value(QStringLiteral("displayName")).toString(), QStringLiteral("charlie"));
}

QTEST_GUILESS_MAIN(TestSimGraphQuery)
#include "tst_sim_graphquery.moc"

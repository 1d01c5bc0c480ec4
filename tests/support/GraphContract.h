#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <memory>

namespace testsupport {

namespace contract {
class ContractModel;
}

// One way in which a request disagrees with the Graph v1.0 description.
struct ContractProblem {
    enum Kind {
        UnknownPath,         // no path template of the description matches
        MethodNotAllowed,    // the path exists, not with this method
        UnknownBodyProperty, // a body property the operation's schema does not declare
        BodyNotAllowed,      // a body sent to an operation that takes none
        UnknownQueryOption,  // a query option the operation does not list
        UnknownEnumValue,    // a body value that is not a member of the enum its schema names
        InvalidBatch,        // a $batch envelope that breaks https://learn.microsoft.com/graph/json-batching
    };
    Kind kind = UnknownPath;
    QString detail;
    QString batchItemId; // set when the problem is in that item of a $batch rather than in the request itself

    static QString kindName(Kind kind);
    QString toString() const { return kindName(kind) + QStringLiteral(": ") + detail; }
};

// A problem found in a request log, with the log line it comes from (1-based).
struct RequestLogProblem {
    int line = 0;
    QString method;
    QString url;
    int status =
        0; // what the simulator answered: a 2xx to a request outside the description is a simulator finding
    ContractProblem problem;
};

// What checkRequestLog() found in a simulator request log.
struct RequestLogReport {
    QString file;
    QString error;              // the log could not be read
    int checked = 0;            // Graph requests checked: /v1.0 lines plus the items of each $batch
    int unknown = 0;            // of those, requests the description does not accept (one problem or more)
    int ignored = 0;            // lines that are not Graph v1.0 (sign-in, Insightly, /_sim)
    int batchItemLines = 0;     // items the simulator logged on their own; checked inside their $batch line
    QList<int> unreadableLines; // lines that are not a request-log entry
    QList<RequestLogProblem> problems;

    bool clean() const { return error.isEmpty() && unknown == 0 && unreadableLines.isEmpty(); }
    // A readable account for a failing test: the counts, then one line per problem.
    QString summary() const;
};

// The Microsoft Graph v1.0 API description (the OpenAPI modules in the project's shared graph-openapi
// folder), indexed once, and checks of requests against it: path, method, query options, request-body
// property names.
class GraphContract
{
public:
    GraphContract();
    ~GraphContract();
    GraphContract(const GraphContract &) = delete;
    GraphContract &operator=(const GraphContract &) = delete;

    // Reads the five module files of `folder`; false with a reason when one is missing or unreadable.
    bool load(const QString &folder, QString *error = nullptr);
    bool isLoaded() const { return m_loaded; }
    int pathCount() const;
    int operationCount() const;

    // `url` is what the simulator received ("/v1.0/users?$top=5"), a full Graph URL (a nextLink), or a path
    // relative to /v1.0. `body` is the parsed JSON body; undefined or null when the request had none.
    QList<ContractProblem> check(const QString &method, const QString &url,
                                 const QJsonValue &body = {}) const;

    // Checks every Graph v1.0 line of a simulator request log (SimOptions::requestLog), $batch items
    // included.
    RequestLogReport checkRequestLog(const QString &path) const;

private:
    QList<ContractProblem> checkRequest(const QString &method, const QString &relativeUrl,
                                        const QJsonValue &body, bool insideBatch) const;
    void checkBatch(const QString &method, const QString &query, const QJsonValue &body,
                    QList<ContractProblem> *problems) const;
    void checkBody(int type, const QJsonValue &value, const QString &where,
                   QList<ContractProblem> *problems) const;

    std::unique_ptr<contract::ContractModel> m_model;
    bool m_loaded = false;
};

} // namespace testsupport

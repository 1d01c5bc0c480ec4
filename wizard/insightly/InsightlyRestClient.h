#pragma once

#include "core/UserMessage.h"
#include "insightly/InsightlyUrls.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>
#include <qcorotask.h>

class QNetworkAccessManager;

namespace insightly {

// Message codes of InsightlyRestClient's errors.
namespace InsightlyRestCode {
inline constexpr auto KeyRefused = "insightly-rest.key-refused";
inline constexpr auto AccessDenied = "insightly-rest.access-denied";
inline constexpr auto RateLimited = "insightly-rest.rate-limited";
inline constexpr auto Timeout = "insightly-rest.timeout";
inline constexpr auto Network = "insightly-rest.network";
inline constexpr auto Tls = "insightly-rest.tls";
inline constexpr auto ServerError = "insightly-rest.server-error";
inline constexpr auto UnexpectedAnswer = "insightly-rest.unexpected-answer";
inline constexpr auto Cancelled = "insightly-rest.cancelled";
inline constexpr auto NotAdministrator = "insightly-rest.not-administrator";
inline constexpr auto Inactive = "insightly-rest.inactive";
inline constexpr auto TooManyUsers = "insightly-rest.too-many-users";
} // namespace InsightlyRestCode

// An Insightly user as REST v3.1 shows it (the fields the wizard uses).
struct InsightlyUser {
    qint64 userId = 0;
    QString firstName;
    QString lastName;
    QString email;
    bool administrator = false;
    bool accountOwner = false;
    bool active = false;
};

struct InsightlyMeResult {
    std::optional<InsightlyUser> user;
    UserMessage error; // empty on success
    bool ok() const { return error.isEmpty() && user.has_value(); }
};

struct InsightlyUsersResult {
    QList<InsightlyUser> users;
    UserMessage error;      // empty on success
    bool truncated = false; // the safety cap stopped the paging; `users` holds what was read
    bool ok() const { return error.isEmpty(); }
};

// Insightly's REST API v3.1 (https://api.na1.insightly.com/v3.1/Help, one host per pod) with one user's API
// key: HTTP Basic, the key as user name and an empty password. Used by the lockout preflight: whose key it is
// and whether that user is an administrator, and the list of users (who signs in to Insightly and with which
// email).
class InsightlyRestClient : public QObject {
    Q_OBJECT

public:
    static constexpr int kPageSize = 500; // Insightly's maximum `top`
    static constexpr int kMaxPages =
        200; // 100,000 users: a safety cap against a server that never ends a list

    InsightlyRestClient(QNetworkAccessManager *network, const InsightlyInstance &instance,
                        const QString &apiKey, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    QUrl baseUrl() const { return m_base; }

    // GET /Users/Me.
    QCoro::Task<InsightlyMeResult> me();
    // GET /Users?top=500&skip=… until a short page.
    QCoro::Task<InsightlyUsersResult> allUsers();

    // The message to show when the key's user cannot do the setup (not an administrator, or inactive); empty
    // if the user can.
    static UserMessage administratorRequirement(const InsightlyUser &user);

public Q_SLOTS:
    void cancel(); // aborts the request in flight; its result carries the Cancelled code

Q_SIGNALS:
    void cancelRequested();

private:
    struct Answer;
    QCoro::Task<Answer> get(QUrl url);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_base;
    QByteArray m_authorization;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace insightly

#include "SimHttp.h"

namespace sim {

QString Request::queryItem(const QString &name) const
{
    return query().queryItemValue(name, QUrl::FullyDecoded);
}

QString Request::origin() const
{
    if (!tlsHost.isEmpty())
        return QStringLiteral("https://") + tlsHost;
    const QByteArray host = header("host");
    return QStringLiteral("http://") + QString::fromLatin1(host.isEmpty() ? QByteArray("127.0.0.1") : host);
}

QString Request::absoluteUrl() const
{
    return origin() + QString::fromUtf8(url.toEncoded());
}

QString Request::bearerToken() const
{
    const QByteArray value = header("authorization");
    if (!value.startsWith("Bearer ") && !value.startsWith("bearer "))
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

QJsonObject Request::jsonBody(bool *ok) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const bool good = error.error == QJsonParseError::NoError && doc.isObject();
    if (ok)
        *ok = good;
    return good ? doc.object() : QJsonObject();
}

QHash<QString, QString> Request::formBody() const
{
    QHash<QString, QString> result;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        result.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return result;
}

QByteArray Response::headerValue(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

Response Response::json(int status, const QJsonObject &object)
{
    Response r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::json(int status, const QJsonArray &array)
{
    Response r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::html(int status, const QString &html)
{
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = html.toUtf8();
    return r;
}

Response Response::text(int status, const QByteArray &text, const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.contentType = contentType;
    r.body = text;
    return r;
}

Response Response::redirect(const QUrl &location, int status)
{
    Response r;
    r.status = status;
    r.header("Location", location.toEncoded());
    return r;
}

Response Response::noContent()
{
    Response r;
    r.status = 204;
    return r;
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace sim

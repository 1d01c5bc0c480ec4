#pragma once

#include <QObject>
#include <QUrl>

namespace insightly {

// Opens a URL in the system browser. A seam: tests replace it to capture what would be opened (no test
// starts a real browser), and the sign-in's system-browser path and pop-ups from embedded pages go through
// it.
class UrlOpener : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual bool open(const QUrl &url);

signals:
    void opened(const QUrl &url);
};

} // namespace insightly

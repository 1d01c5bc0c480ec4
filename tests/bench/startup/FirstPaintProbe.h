#pragma once

// Prints one line when `widget` or one of its children receives the first paint event (a page whose content
// fills it, such as a scroll area, is never painted itself) and then quits the application:
//
//   FIRST_PAINT cpu_ms=<user+system of the whole process> rss_kib=<VmRSS> hwm_kib=<VmHWM>
//
// The start-up benchmark (run_startup.py) measures the wall time from spawning the process to this line.
// Used by the two bare QWizard programs and by the harness that starts the real wizard as main() does, so the
// three measure exactly the same moment.
#include "../../support/ProcStatus.h"

#include <QApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <sys/resource.h>

namespace startupbench {

inline double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *painted = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && !m_seen && painted &&
            (painted == m_widget || m_widget->isAncestorOf(painted))) {
            m_seen = true;
            // Measured before the paint itself: the moment the page is about to appear.
            std::printf("FIRST_PAINT cpu_ms=%.1f rss_kib=%ld hwm_kib=%ld\n", cpuMs(),
                        benchsupport::procStatusKiB("VmRSS"), benchsupport::procStatusKiB("VmHWM"));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_widget;
    bool m_seen = false;
};

} // namespace startupbench

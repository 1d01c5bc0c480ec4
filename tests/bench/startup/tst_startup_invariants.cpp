// What the start-up benchmark's figures rest on, as tests (not timings): at the first paint of the Welcome
// page no other page exists, nothing has gone to the network and no sign-in has started; the window icon
// reads no image before one is drawn; and the label that remembers its heights answers exactly as QLabel
// does.
#include "pages/InsightlyTab.h"
#include "pages/SetupWizard.h"
#include "pages/WizardContext.h"
#include "pages/WrappedLabel.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWizardPage>
#include <QtTest>
#include <functional>
#include <memory>

using namespace insightly;

namespace {

// Runs `check` once, when `page` or one of its children receives its first paint event.
class FirstPaintCheck : public QObject
{
public:
    FirstPaintCheck(QWidget *page, std::function<void()> check)
        : m_page(page)
        , m_check(std::move(check))
    {
        qApp->installEventFilter(this);
    }
    ~FirstPaintCheck() override { qApp->removeEventFilter(this); }
    bool ran() const { return m_ran; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!m_ran && event->type() == QEvent::Paint && widget &&
            (widget == m_page || m_page->isAncestorOf(widget))) {
            m_ran = true;
            m_check();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_page;
    std::function<void()> m_check;
    bool m_ran = false;
};

QString writePng(const QDir &dir, int size)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(QColor(10, 20, 30));
    const QString path = dir.filePath(QStringLiteral("icon-%1.png").arg(size));
    return image.save(path) ? path : QString();
}

} // namespace

class TestStartupInvariants : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    // The wizard as main() builds it: when its first page is first painted, it is the only page, the shared
    // Insightly tab does not exist, no request has been made and no sign-in session has started.
    void atTheFirstPaintOnlyTheWelcomePageExists()
    {
        AppConfig config;
        auto context = std::make_unique<WizardContext>(config);
        auto wizard = std::make_unique<SetupWizard>(*context);
        QList<int> builtAtPaint;
        qsizetype pagesAtPaint = -1;
        qsizetype tabsAtPaint = -1;
        qsizetype repliesAtPaint = -1;
        bool sessionAtPaint = true;
        FirstPaintCheck check(wizard->page(wizard->startId()), [&] {
            builtAtPaint = wizard->pageIds();
            pagesAtPaint = wizard->findChildren<QWizardPage *>().size();
            tabsAtPaint = wizard->findChildren<InsightlyTab *>().size();
            repliesAtPaint = context->network().findChildren<QNetworkReply *>().size();
            sessionAtPaint = context->session() != nullptr;
        });
        wizard->show();
        QTRY_VERIFY(check.ran());
        QCOMPARE(builtAtPaint, QList<int>{SetupWizard::Welcome});
        QCOMPARE(pagesAtPaint, 1);
        QCOMPARE(tabsAtPaint, 0);
        QCOMPARE(repliesAtPaint, 0);
        QVERIFY(!sessionAtPaint);
        wizard.reset();
        context.reset();
    }

    // The icon lists its sizes without reading a file: files removed after the icon was made give no pixmap.
    void iconFromFilesReadsNothingUntilAPixmapIsAsked()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<std::pair<QSize, QString>> files;
        for (int size : {64, 16, 32}) {
            const QString path = writePng(QDir(dir.path()), size);
            QVERIFY(!path.isEmpty());
            files.append({QSize(size, size), path});
        }
        const QIcon lazy = SetupWizard::iconFromFiles(files);
        QCOMPARE(lazy.availableSizes(), (QList<QSize>{QSize(16, 16), QSize(32, 32), QSize(64, 64)}));
        QVERIFY(!lazy.isNull());
        QVERIFY(QFile::remove(files.at(2).second)); // the 32-pixel file
        QVERIFY(lazy.pixmap(QSize(32, 32)).isNull());
        // The files still there are read when asked: the exact size, the next larger one scaled down, never
        // one scaled up.
        QCOMPARE(lazy.pixmap(QSize(16, 16)).size(), QSize(16, 16));
        QCOMPARE(lazy.pixmap(QSize(48, 48)).size(), QSize(48, 48));
        QCOMPARE(lazy.pixmap(QSize(100, 100)).size(), QSize(64, 64));
        QCOMPARE(lazy.actualSize(QSize(100, 100)), QSize(64, 64));
        QCOMPARE(lazy.actualSize(QSize(20, 20)), QSize(20, 20));
        QVERIFY(SetupWizard::iconFromFiles({}).isNull());
    }

    // The shipped icon: every size of the embedded PNG set, each readable.
    void applicationIconOffersEveryShippedSize()
    {
        const QIcon icon = SetupWizard::applicationIcon();
        const QList<int> sizes{16, 24, 32, 48, 64, 128, 256, 512};
        QCOMPARE(icon.availableSizes().size(), sizes.size());
        for (int size : sizes) {
            QVERIFY2(icon.availableSizes().contains(QSize(size, size)), QByteArray::number(size).constData());
            QCOMPARE(icon.pixmap(QSize(size, size)).size(), QSize(size, size));
        }
    }

    // The label that remembers its heights answers as a QLabel with the same text, format and font, at the
    // same widths, also after its text and its font change.
    void wrappedLabelAnswersAsQLabelDoes()
    {
        const QString rich = QStringLiteral("<b>You will need</b><ul><li>an account with a role that is long "
                                            "enough to wrap;</li><li>an Insightly administrator.</li></ul>");
        WrappedLabel cached(rich);
        QLabel plain(rich);
        plain.setWordWrap(true);
        QVERIFY(cached.wordWrap());
        const QList<int> widths{120, 300, 120, 700, 300, 60, 700, 120};
        auto compareAll = [&] {
            for (int width : widths)
                QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));
        };
        compareAll();
        QVERIFY(cached.heightForWidth(120) > cached.heightForWidth(700));

        const QString longer = rich + QStringLiteral("<p>And one more paragraph, which makes it taller.</p>");
        cached.setText(longer);
        plain.setText(longer);
        compareAll();

        QFont larger = cached.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        cached.setFont(larger);
        plain.setFont(larger);
        compareAll();

        cached.setMargin(12);
        plain.setMargin(12);
        compareAll();
    }
};

QTEST_MAIN(TestStartupInvariants)
#include "tst_startup_invariants.moc"

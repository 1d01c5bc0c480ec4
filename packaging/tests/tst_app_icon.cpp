// The icon set embedded into insightly_wizard (packaging/CMakeLists.txt) that app/main.cpp sets as window
// icon.
#include <QIcon>
#include <QImage>
#include <QTest>

class AppIconTest : public QObject
{
    Q_OBJECT

private slots:
    void embeddedPngHasItsNominalSize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%dpx", size) << size;
    }

    void embeddedPngHasItsNominalSize()
    {
        QFETCH(int, size);
        const QString path = QStringLiteral(":/icons/insightly-sso-setup-%1.png").arg(size);
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel()); // rounded corners stay transparent on any background
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QVERIFY(qAlpha(image.pixel(size / 2, size / 2)) > 0);
    }

    void iconOffersEverySize()
    {
        QIcon icon;
        for (int size : {16, 32, 256})
            icon.addFile(QStringLiteral(":/icons/insightly-sso-setup-%1.png").arg(size), QSize(size, size));
        QCOMPARE(icon.availableSizes(), (QList<QSize>{QSize(16, 16), QSize(32, 32), QSize(256, 256)}));
        QCOMPARE(icon.pixmap(QSize(32, 32)).size(), QSize(32, 32));
    }
};

QTEST_MAIN(AppIconTest)
#include "tst_app_icon.moc"

#include "config.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral(INSIGHTLY_PRODUCT_NAME));
    label.show();
    return app.exec();
}

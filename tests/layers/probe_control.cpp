// Must compile in every layer: what every layer may use (Qt Core, Qt Network, the layers' common root).
#include "core/UserMessage.h"

#include <QNetworkRequest>
#include <QObject>
int layerProbe() { return QNetworkRequest().transferTimeout() + int(sizeof(QObject)); }

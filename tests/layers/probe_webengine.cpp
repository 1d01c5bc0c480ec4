// Must NOT compile when linked like a layer below browser/: Qt WebEngine is not on its include path.
#include <QWebEngineProfile>
int layerProbe() { return sizeof(QWebEngineProfile *); }

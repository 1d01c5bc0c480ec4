// Must NOT compile when linked like a layer below pages/ and browser/: Qt Widgets is not on its include path.
#include <QWidget>
int layerProbe() { return sizeof(QWidget); }

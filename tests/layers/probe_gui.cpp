// Must NOT compile when linked like core/ or entra/: they work without a display, so Qt Gui is not theirs.
#include <QImage>
int layerProbe() { return QImage(1, 1, QImage::Format_RGB32).width(); }

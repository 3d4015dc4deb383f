# The file dialog's Type column (QFileSystemModel asks QAbstractFileIconProvider::type()): Qt 6.4
# translates a folder's type with the disambiguation "All other platforms"; neither Qt's
# qtbase_nn nor a qtbase_nb has the context, so the dialog said "Folder" in English in both.
# Keys (source, comment) carry Qt's disambiguation. NN: the same texts in nynorsk, written to
# qtbase_nn_tillegg.ts and loaded after the system's qtbase_nn.
NB = {
 'QAbstractFileIconProvider': {
  ('Folder', 'All other platforms'): 'Mappe', 'Drive': 'Stasjon', 'Unknown': 'Ukjent',
 },
}
NN = {
 'QAbstractFileIconProvider': {
  ('Folder', 'All other platforms'): 'Mappe', 'Drive': 'Stasjon', 'Unknown': 'Ukjend',
 },
}

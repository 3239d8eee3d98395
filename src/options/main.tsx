import '../ui/card.css';
import '../ui/page.css';
import './controls.css';
import './options.css';
import { t } from '../platform/browser';
import { mountPage } from '../ui/mount';
import { Options } from './Options';

document.title = t('optionsTitle');
mountPage(<Options />);

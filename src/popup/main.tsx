import '../ui/card.css';
import '../ui/page.css';
import '../options/controls.css';
import './popup.css';
import { mountPage } from '../ui/mount';
import { Popup } from './Popup';

mountPage(<Popup />);

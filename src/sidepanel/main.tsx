import '../ui/card.css';
import '../ui/page.css';
import '../ui/minimap.css';
import './sidepanel.css';
import { mountPage } from '../ui/mount';
import { SidePanel } from './SidePanel';

mountPage(<SidePanel />);

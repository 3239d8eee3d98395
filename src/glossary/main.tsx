import '../ui/card.css';
import '../ui/page.css';
import './glossary.css';
import { mountPage } from '../ui/mount';
import { Glossary } from './Glossary';

mountPage(<Glossary />);

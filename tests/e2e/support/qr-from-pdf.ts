export { decodeQrCodesFromPdf } from '../../helpers/qr-from-pdf';

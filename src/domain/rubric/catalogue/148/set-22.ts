/**
 * Product set 22 — Vải, may mặc (Fabric and garments).
 * Source: Decision 148/QĐ-TTg of 24/02/2023 (Prime Minister), Appendix I, scoring sheet of set 22.
 * Bootstrapped from a third-party transcription by scripts/generate-rubric-148.ts and then owned
 * here as data: every deviation from that transcription is listed in `decisions` with its reason.
 */
import type { CatalogueRubricSheet } from '../../rubric.types';

export const set22: CatalogueRubricSheet = {
  setNumber: 22,
  setNameVi: 'Vải, may mặc',
  setNameEn: 'Fabric and garments',
  maxPoints: 100,
  requiresSamples: true,
  verification: {
    status: 'verified',
    noteVi:
      'Đã đối chiếu từng lựa chọn và điểm với văn bản Phụ lục I Quyết định 148/QĐ-TTg (qua bản chép lại, kiểm thử đối chiếu); mọi sai khác có ghi quyết định và lý do.',
    noteEn:
      'Every option and its points checked against Appendix I of Decision 148/QĐ-TTg (through the transcription, conformance test); every deviation is a recorded decision with its reason.',
  },
  parts: [
    {
      code: 'A',
      titleVi: 'Sản phẩm và sức mạnh của cộng đồng',
      titleEn: 'Product and community strength',
      maxPoints: 40,
      groups: [
        {
          code: 'A.1',
          number: 1,
          titleVi: 'TỔ CHỨC SẢN XUẤT',
          titleEn: 'Production organisation',
          maxPoints: 19,
          criteria: [
            {
              code: 'A.1.a',
              letter: 'a',
              titleVi: 'Nguồn nguyên liệu',
              maxPoints: 5,
              options: [
                {
                  textVi: 'Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%',
                  points: 1,
                  mandatoryForStar: 3,
                },
                {
                  textVi: 'Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%',
                  points: 3,
                },
                {
                  textVi: 'Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 75% đến 100%',
                  points: 5,
                },
              ],
              assessedByCommune: 'origin-and-local-raw-material',
              evidenceHintsVi: ['Hợp đồng/hóa đơn mua nguyên liệu', 'Xác nhận vùng nguyên liệu của UBND xã'],
            },
            {
              code: 'A.1.b',
              letter: 'b',
              titleVi: 'Gia tăng giá trị',
              maxPoints: 3,
              options: [
                { textVi: 'Phân loại, chế tác giản đơn', points: 1 },
                { textVi: 'Chế tác/tạo dựng gắn với kỹ năng nghề truyền thống', points: 2 },
                {
                  textVi:
                    'Ứng dụng công nghệ phù hợp gắn với kỹ năng nghề truyền thống, tạo ra sản phẩm tinh xảo, chất lượng cao hơn',
                  points: 3,
                },
              ],
            },
            {
              code: 'A.1.c',
              letter: 'c',
              titleVi: 'Năng lực sản xuất để đáp ứng yêu cầu phân phối',
              noteVi:
                'Khả năng sản xuất đáp ứng nhu cầu về số lượng/quy mô của thị trường, so sánh với quy mô trung bình ở cùng đối tượng sản xuất tại địa phương',
              maxPoints: 3,
              options: [
                { textVi: 'Có năng lực, quy mô sản xuất mức độ nhỏ', points: 1 },
                {
                  textVi: 'Có năng lực, quy mô sản xuất trung bình',
                  points: 2,
                  mandatoryForStar: 4,
                },
                {
                  textVi: 'Có năng lực, quy mô sản xuất lớn, có thể đáp ứng thị trường xuất khẩu',
                  points: 3,
                  mandatoryForStar: 5,
                },
              ],
              evidenceHintsVi: ['Báo cáo sản lượng, công suất', 'Ảnh cơ sở sản xuất'],
            },
            {
              code: 'A.1.d',
              letter: 'd',
              titleVi: 'Liên kết chuỗi trong sản xuất',
              maxPoints: 3,
              options: [
                { textVi: 'Không có liên kết hoặc có nhưng không rõ ràng', points: 0 },
                {
                  textVi:
                    'Có hợp đồng liên kết sản xuất từ 50% đến dưới 75% sản lượng nguyên liệu đầu vào cho chế biến',
                  points: 1,
                },
                {
                  textVi: 'Có hợp đồng liên kết trên 75% sản lượng nguyên liệu đầu vào cho chế biến',
                  points: 2,
                  mandatoryForStar: 4,
                },
                {
                  textVi:
                    'Có hợp đồng liên kết trên 75% sản lượng nguyên liệu đầu vào cho chế biến và tổ chức thực hiện hợp đồng ấn định từ 12 tháng trở lên',
                  points: 3,
                  mandatoryForStar: 5,
                },
              ],
              evidenceHintsVi: ['Hợp đồng liên kết sản xuất', 'Biên bản nghiệm thu, thanh lý hợp đồng'],
            },
            {
              code: 'A.1.đ',
              letter: 'đ',
              titleVi: 'Bảo vệ môi trường trong quá trình sản xuất',
              maxPoints: 4,
              options: [
                {
                  textVi:
                    'Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật và các quy định khác về bảo vệ môi trường',
                  points: 1,
                  mandatoryForStar: 4,
                },
                {
                  textVi:
                    'Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật về bảo vệ môi trường và hồ sơ minh chứng về công trình thu gom và xử lý chất thải theo quy định',
                  points: 2,
                },
                {
                  textVi:
                    'Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật về bảo vệ môi trường; hồ sơ minh chứng về công trình thu gom và xử lý chất thải theo quy định và hồ sơ minh chứng về sử dụng bao gói thân thiện với môi trường',
                  points: 4,
                },
              ],
              evidenceHintsVi: [
                'Hồ sơ, thủ tục môi trường theo quy định',
                'Hồ sơ công trình thu gom, xử lý chất thải',
              ],
            },
            {
              code: 'A.1.e',
              letter: 'e',
              titleVi: 'Sử dụng công nghệ theo hướng bền vững trong sản xuất',
              maxPoints: 1,
              options: [
                {
                  textVi: 'Không sử dụng công nghệ theo hướng bền vững trong sản xuất',
                  points: 0,
                },
                {
                  textVi:
                    'Có áp dụng công nghệ theo hướng bền vững môi trường (công nghệ tiết kiệm nguyên liệu, nhiên liệu; hoạt động xử lý/tái chế chất thải; tận thu tái sử dụng, tái chế phụ phẩm nông nghiệp,...)',
                  points: 1,
                },
              ],
            },
          ],
        },
        {
          code: 'A.2',
          number: 2,
          titleVi: 'PHÁT TRIỂN SẢN PHẨM',
          titleEn: 'Product development',
          maxPoints: 9,
          criteria: [
            {
              code: 'A.2.a',
              letter: 'a',
              titleVi: 'Nguồn gốc ý tưởng sản phẩm',
              maxPoints: 5,
              options: [
                {
                  textVi: 'Sản phẩm được sản xuất phổ biến ở nhiều tỉnh, thành phố',
                  points: 0,
                },
                {
                  textVi:
                    'Sản phẩm được sản xuất phổ biến ở nhiều tỉnh, thành phố nhưng có chất lượng nổi trội, khác biệt do điều kiện về nguyên liệu, kỹ thuật truyền thống',
                  points: 1,
                },
                {
                  textVi:
                    'Sản phẩm được sản xuất ở nhiều nơi trên địa bàn, là sản phẩm đặc trưng của tỉnh, có chất lượng nổi trội/sản phẩm mới được chế biến từ nguyên liệu đặc trưng của địa phương',
                  points: 3,
                },
                {
                  textVi:
                    'Sản phẩm là đặc sản, truyền thống, chỉ sản xuất trên địa bàn của huyện, có chất lượng đặc sắc, thương mại gắn với chỉ dẫn nguồn gốc địa lý/sản phẩm mới được chế biến từ nguyên liệu đặc trưng của địa phương, được thương mại ổn định ít nhất 36 tháng',
                  points: 5,
                  mandatoryForStar: 4,
                },
              ],
              assessedByCommune: 'product-idea-origin',
              evidenceHintsVi: ['Tài liệu về lịch sử, nguồn gốc sản phẩm'],
            },
            {
              code: 'A.2.b',
              letter: 'b',
              titleVi: 'Bao bì, ghi nhãn sản phẩm',
              maxPoints: 4,
              options: [
                { textVi: 'Bao bì đơn giản, thông tin ghi nhãn chưa đầy đủ', points: 0 },
                { textVi: 'Bao bì đơn giản, thông tin ghi nhãn đầy đủ', points: 1 },
                {
                  textVi: 'Bao bì, nhãn hàng hóa đẹp, thể hiện được câu chuyện sản phẩm',
                  points: 3,
                  mandatoryForStar: 4,
                },
                {
                  textVi:
                    'Bao bì, nhãn hàng hóa đẹp, thể hiện được câu chuyện sản phẩm, có gắn truy xuất nguồn gốc điện tử',
                  points: 4,
                  mandatoryForStar: 5,
                },
              ],
              evidenceHintsVi: ['Mẫu bao bì sản phẩm'],
            },
          ],
        },
        {
          code: 'A.3',
          number: 3,
          titleVi: 'SỨC MẠNH CỘNG ĐỒNG',
          titleEn: 'Community strength',
          maxPoints: 12,
          criteria: [
            {
              code: 'A.3.a',
              letter: 'a',
              titleVi: 'Loại hình tổ chức sản xuất - kinh doanh',
              maxPoints: 3,
              options: [
                {
                  textVi:
                    'Hộ gia đình có đăng ký kinh doanh, trang trại, tổ hợp tác (có giấy đăng ký kinh doanh của tổ trưởng), Công ty Trách nhiệm hữu hạn (TNHH) 1 thành viên, doanh nghiệp tư nhân (DNTN)',
                  points: 1,
                },
                {
                  textVi:
                    'Công ty TNHH hai thành viên trở lên, công ty cổ phần có vốn góp của cộng đồng địa phương < 51%',
                  points: 2,
                },
                {
                  textVi:
                    'HTX tổ chức, hoạt động theo Luật HTX 2012 hoặc công ty cổ phần có vốn góp của cộng đồng địa phương ≥ 51%',
                  points: 3,
                },
              ],
              evidenceHintsVi: ['Giấy chứng nhận đăng ký doanh nghiệp/HTX/hộ kinh doanh'],
            },
            {
              code: 'A.3.b',
              letter: 'b',
              titleVi: 'Đại diện pháp luật của chủ thể là nữ/đồng bào dân tộc thiểu số',
              maxPoints: 1,
              options: [
                {
                  textVi: 'Đại diện pháp luật của chủ thể không phải nữ/đồng bào dân tộc thiểu số',
                  points: 0,
                },
                {
                  textVi: 'Đại diện pháp luật của chủ thể là nữ/đồng bào dân tộc thiểu số',
                  points: 1,
                },
              ],
              evidenceHintsVi: ['Giấy đăng ký kinh doanh ghi người đại diện', 'Căn cước của người đại diện'],
            },
            {
              code: 'A.3.c',
              letter: 'c',
              titleVi: 'Sử dụng lao động địa phương',
              maxPoints: 3,
              options: [
                {
                  textVi: 'Có sử dụng từ 50% đến 75% lao động là người trên địa bàn cấp huyện',
                  points: 1,
                },
                {
                  textVi: 'Có sử dụng ≥ 75% lao động là người trên địa bàn cấp huyện',
                  points: 3,
                },
              ],
              assessedByCommune: 'local-labour',
              evidenceHintsVi: ['Danh sách lao động kèm nơi cư trú', 'Hợp đồng lao động'],
            },
            {
              code: 'A.3.d',
              letter: 'd',
              titleVi: 'Tăng trưởng sản xuất kinh doanh',
              maxPoints: 2,
              options: [
                {
                  textVi:
                    'Hợp tác xã xếp loại trung bình, các loại hình khác có lợi nhuận tăng trưởng dương so với năm trước liền kề',
                  points: 1,
                },
                {
                  textVi:
                    'Hợp tác xã xếp loại khá, các loại hình khác có 2 năm liên tiếp tăng trưởng dương về lợi nhuận',
                  points: 2,
                  mandatoryForStar: 4,
                },
              ],
              evidenceHintsVi: ['Báo cáo tài chính 2 năm gần nhất', 'Kết quả xếp loại HTX (nếu là HTX)'],
            },
            {
              code: 'A.3.đ',
              letter: 'đ',
              titleVi: 'Kế toán',
              maxPoints: 1,
              options: [
                { textVi: 'Không có hoạt động kế toán theo quy định', points: 0 },
                { textVi: 'Có tổ chức công tác kế toán theo quy định', points: 1 },
              ],
              evidenceHintsVi: ['Sổ sách, báo cáo kế toán'],
            },
            {
              code: 'A.3.e',
              letter: 'e',
              titleVi: 'Sở hữu trí tuệ',
              maxPoints: 2,
              options: [
                {
                  textVi: 'Nhãn hiệu sử dụng trên sản phẩm của chủ thể được cấp giấy chứng nhận đăng ký',
                  points: 1,
                },
                {
                  textVi:
                    'Nhãn hiệu sử dụng trên sản phẩm của chủ thể được cấp giấy chứng nhận đăng ký; và sản phẩm có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (đối với những sản phẩm đã được bảo hộ chỉ dẫn địa lý, nhãn hiệu chứng nhận, nhãn hiệu tập thể thì bắt buộc phải sử dụng)',
                  points: 2,
                },
              ],
              mandatoryForStar: 4,
              evidenceHintsVi: [
                'Giấy chứng nhận đăng ký nhãn hiệu',
                'Quyết định cho phép sử dụng chỉ dẫn địa lý/nhãn hiệu tập thể, chứng nhận',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'B',
      titleVi: 'Khả năng tiếp thị',
      titleEn: 'Marketing',
      maxPoints: 25,
      groups: [
        {
          code: 'B.4',
          number: 4,
          titleVi: 'TIẾP THỊ',
          titleEn: 'Marketing',
          maxPoints: 13,
          criteria: [
            {
              code: 'B.4.a',
              letter: 'a',
              titleVi: 'Khu vực phân phối chính',
              maxPoints: 5,
              options: [
                { textVi: 'Thị trường trong huyện', points: 1 },
                {
                  textVi: 'Thị trường ngoài huyện, có dưới 5 đại diện/đại lý phân phối',
                  points: 2,
                },
                {
                  textVi: 'Thị trường ngoài huyện, có ≥ 5 đại diện/đại lý phân phối',
                  points: 3,
                },
                {
                  textVi:
                    'Thị trường quốc tế (có hợp đồng); hoặc phân phối tại các kênh thương mại hiện đại: siêu thị, thương mại điện tử,... (có hợp đồng và vận hành ổn định ít nhất 6 tháng)',
                  points: 5,
                },
              ],
              evidenceHintsVi: ['Hợp đồng phân phối, đại lý', 'Hợp đồng với siêu thị/sàn thương mại điện tử'],
            },
            {
              code: 'B.4.b',
              letter: 'b',
              titleVi: 'Tổ chức phân phối',
              noteVi: 'Gồm: Tổ chức kinh doanh, phân phối sản phẩm',
              maxPoints: 4,
              options: [
                { textVi: 'Không có người chịu trách nhiệm quản lý phân phối', points: 0 },
                { textVi: 'Có người chịu trách nhiệm quản lý phân phối', points: 1 },
                { textVi: 'Có bộ phận/phòng quản lý phân phối', points: 3 },
                {
                  textVi: 'Có bộ phận/phòng quản lý phân phối, có ứng dụng công nghệ thông tin trong quản lý',
                  points: 4,
                },
              ],
            },
            {
              code: 'B.4.c',
              letter: 'c',
              titleVi: 'Quảng bá sản phẩm',
              maxPoints: 4,
              options: [
                { textVi: 'Không có hoạt động quảng bá', points: 0 },
                { textVi: 'Có một số hoạt động quảng bá', points: 1 },
                {
                  textVi:
                    'Có nhiều hoạt động quảng bá, có website của cơ sở/quảng bá trên mạng xã hội, có tham gia hoạt động xúc tiến thương mại trong tỉnh',
                  points: 2,
                },
                {
                  textVi:
                    'Có nhiều hoạt động quảng bá, có website của cơ sở/quảng bá trên mạng xã hội, có tham gia hoạt động xúc tiến thương mại ngoài tỉnh',
                  points: 3,
                },
                {
                  textVi:
                    'Có nhiều hoạt động quảng bá, có website của cơ sở/quảng bá trên mạng xã hội hoạt động thường xuyên, có tham gia hoạt động xúc tiến thương mại ngoài tỉnh và quốc tế',
                  points: 4,
                },
              ],
              evidenceHintsVi: [
                'Đường dẫn website/mạng xã hội',
                'Giấy chứng nhận tham gia hội chợ, xúc tiến thương mại',
              ],
            },
          ],
        },
        {
          code: 'B.5',
          number: 5,
          titleVi: 'CÂU CHUYỆN VỀ SẢN PHẨM',
          titleEn: 'Product story',
          maxPoints: 12,
          criteria: [
            {
              code: 'B.5.a',
              letter: 'a',
              titleVi: 'Câu chuyện về sản phẩm',
              maxPoints: 5,
              options: [
                {
                  textVi: 'Không có câu chuyện, hoặc có nhưng không được tư liệu hóa',
                  points: 0,
                },
                { textVi: 'Có tài liệu giới thiệu về sản phẩm', points: 1 },
                {
                  textVi: 'Có câu chuyện được tư liệu hóa (có cốt chuyện, nội dung cụ thể)',
                  points: 2,
                },
                {
                  textVi: 'Có câu chuyện được tư liệu hóa, trình bày trên nhãn/tờ rơi',
                  points: 3,
                },
                {
                  textVi: 'Có câu chuyện được tư liệu hóa, trình bày trên nhãn/tờ rơi và website',
                  points: 4,
                },
                {
                  textVi:
                    'Có câu chuyện được tư liệu hóa, trình bày trên nhãn/tờ rơi, website (dưới dạng hình ảnh, clip,...)',
                  points: 5,
                },
              ],
              evidenceHintsVi: ['Tài liệu câu chuyện sản phẩm', 'Nhãn, tờ rơi, website thể hiện câu chuyện'],
            },
            {
              code: 'B.5.b',
              letter: 'b',
              titleVi: 'Trí tuệ/bản sắc địa phương',
              noteVi: 'Chỉ áp dụng khi có câu chuyện, đánh giá nội dung câu chuyện:',
              maxPoints: 5,
              options: [
                { textVi: 'Giống với câu chuyện sản phẩm ở nơi khác', points: 0 },
                {
                  textVi: 'Tương đối giống câu chuyện sản phẩm ở nơi khác, có thay đổi một số yếu tố',
                  points: 1,
                },
                {
                  textVi: 'Có câu chuyện riêng, gắn với nguồn gốc xuất xứ',
                  points: 3,
                  mandatoryForStar: 3,
                },
                {
                  textVi:
                    'Có câu chuyện sản phẩm đặc sắc, mang sắc thái truyền thống, văn hóa và trí tuệ/bản sắc địa phương',
                  points: 5,
                  mandatoryForStar: 4,
                },
              ],
              assessedByCommune: 'story-local-identity',
              evidenceHintsVi: ['Tài liệu câu chuyện sản phẩm', 'Nhãn, tờ rơi, website thể hiện câu chuyện'],
            },
            {
              code: 'B.5.c',
              letter: 'c',
              titleVi: 'Cấu trúc câu chuyện',
              maxPoints: 2,
              options: [
                { textVi: 'Đơn giản', points: 0 },
                { textVi: 'Có đầy đủ các yếu tố của câu chuyện sản phẩm', points: 1 },
                {
                  textVi:
                    'Ngắn gọn, xúc tích và có các thông điệp đặc sắc về sản phẩm/văn hóa/trí tuệ/bản sắc địa phương',
                  points: 2,
                  mandatoryForStar: 5,
                },
              ],
              evidenceHintsVi: ['Tài liệu câu chuyện sản phẩm', 'Nhãn, tờ rơi, website thể hiện câu chuyện'],
            },
          ],
        },
      ],
    },
    {
      code: 'C',
      titleVi: 'Chất lượng sản phẩm',
      titleEn: 'Product quality',
      maxPoints: 35,
      groups: [
        {
          code: 'C.6',
          number: 6,
          titleVi: 'CÁC CHỈ TIÊU',
          titleEn: 'Indicators',
          maxPoints: 25,
          criteria: [
            {
              code: 'C.6.a',
              letter: 'a',
              titleVi: 'Mức độ tinh xảo/sắc nét của sản phẩm',
              maxPoints: 5,
              options: [
                { textVi: 'Không khéo léo/nhã nhặn, không thể bán được', points: 0 },
                { textVi: 'Khá khéo léo/nhã nhặn, có thể bán được', points: 1 },
                {
                  textVi: 'Khéo léo/nhã nhặn, có thể bán được, có giá trị mỹ thuật, kỹ thuật',
                  points: 3,
                },
                {
                  textVi:
                    'Tinh xảo, có giá trị mỹ thuật, kỹ thuật, có thể bán được trong các cửa hàng lớn và xuất khẩu',
                  points: 5,
                  mandatoryForStar: 5,
                },
              ],
            },
            {
              code: 'C.6.b',
              letter: 'b',
              titleVi: 'Thiết kế độc đáo',
              noteVi: 'Chất lượng: Có nét riêng, khác biệt, không lẫn với sản phẩm khác,...',
              maxPoints: 5,
              options: [
                { textVi: 'Phong cách thiết kế phổ biến', points: 1 },
                { textVi: 'Phong cách độc đáo riêng, nhưng là dạng thông thường', points: 3 },
                {
                  textVi: 'Phong cách độc đáo riêng, thể hiện trí tuệ địa phương',
                  points: 5,
                  mandatoryForStar: 5,
                },
              ],
              knockOut: {
                textVi: 'Ghi chú: Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ',
                textEn: 'Excluded if the product infringes intellectual property.',
              },
            },
            {
              code: 'C.6.c',
              letter: 'c',
              titleVi: 'Các yếu tố tích hợp lên giá trị của sản phẩm',
              noteVi:
                'Kiểu dáng, hoa văn hài hòa, cân đối; màu sắc đều, đẹp mắt: kết cấu cân đối, chắc chắn, bền vững; kích thước, tỷ lệ phù hợp;...',
              maxPoints: 5,
              options: [
                { textVi: 'Không thể hiện rõ nét về giá trị sản phẩm', points: 0 },
                { textVi: 'Giá trị sản phẩm được tích hợp hài hòa, phù hợp', points: 1 },
                {
                  textVi: 'Giá trị sản phẩm được tích hợp hài hòa, phù hợp các yếu tố văn hóa, dân tộc',
                  points: 3,
                },
                {
                  textVi:
                    'Giá trị sản phẩm được tích hợp hài hòa, phù hợp các yếu tố văn hóa, dân tộc truyền thống, hình thành sản phẩm đặc trưng',
                  points: 5,
                },
              ],
            },
            {
              code: 'C.6.d',
              letter: 'd',
              titleVi: 'Các tính năng của sản phẩm',
              noteVi: 'Giá trị sử dụng của sản phẩm: Tranh ảnh trang trí; túi đựng mỹ phẩm; lắc tay;...',
              maxPoints: 5,
              options: [
                { textVi: 'Sản phẩm không có các tính năng cơ bản', points: 0 },
                {
                  textVi: 'Sản phẩm có đủ các tính năng cơ bản để bán ở thị trường địa phương',
                  points: 1,
                },
                {
                  textVi: 'Sản phẩm có đủ các tính năng cơ bản để bán ở thị trường trong nước',
                  points: 3,
                },
                { textVi: 'Sản phẩm có đủ các tính năng cơ bản để xuất khẩu', points: 5 },
              ],
            },
            {
              code: 'C.6.đ',
              letter: 'đ',
              titleVi: 'Chất lượng của nguyên liệu/thành phần',
              maxPoints: 5,
              options: [
                {
                  textVi:
                    'Nguyên liệu/thành phần kém chất lượng, làm cho sản phẩm độc hại hoặc hủy hoại nguồn tài nguyên, bán có giới hạn hoặc không thể bán được trên thị trường',
                  points: 0,
                },
                {
                  textVi:
                    'Vật liệu/nguyên liệu xanh, thân thiện môi trường, có giá trị bảo tồn đa dạng sinh học, cải thiện sinh kế cho đồng bào dân tộc',
                  points: 3,
                },
                {
                  textVi:
                    'Vật liệu/nguyên liệu xanh, thân thiện môi trường, có giá trị bảo tồn đa dạng sinh học, cải thiện sinh kế cho đồng bào dân tộc, có chứng chỉ quản lý vùng nguyên liệu bền vững',
                  points: 5,
                },
              ],
            },
          ],
        },
        {
          code: 'C.7',
          number: 7,
          titleVi: 'HƯỚNG DẪN SỬ DỤNG ĐỂ ĐẢM BẢO SẢN PHẨM CÓ CHẤT LƯỢNG TỐT NHẤT CHO NGƯỜI TIÊU DÙNG',
          titleEn: 'Usage instructions',
          maxPoints: 5,
          criteria: [
            {
              code: 'C.7',
              letter: null,
              titleVi: 'HƯỚNG DẪN SỬ DỤNG ĐỂ ĐẢM BẢO SẢN PHẨM CÓ CHẤT LƯỢNG TỐT NHẤT CHO NGƯỜI TIÊU DÙNG',
              maxPoints: 5,
              options: [
                { textVi: 'Có hướng dẫn sử dụng sản phẩm đơn giản', points: 1 },
                {
                  textVi: 'Có hướng dẫn sử dụng chi tiết, cụ thể để sử dụng đúng tính năng của sản phẩm',
                  points: 3,
                },
                {
                  textVi:
                    'Có hướng dẫn sử dụng chi tiết, cụ thể để sử dụng đúng tính năng của sản phẩm, phát huy các giá trị văn hóa, chất lượng sản phẩm',
                  points: 5,
                  mandatoryForStar: 5,
                },
              ],
            },
          ],
        },
        {
          code: 'C.8',
          number: 8,
          titleVi: 'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU',
          titleEn: 'Global market opportunity',
          maxPoints: 5,
          criteria: [
            {
              code: 'C.8',
              letter: null,
              titleVi: 'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU',
              maxPoints: 5,
              options: [
                { textVi: 'Có thể xuất khẩu đến thị trường khu vực Đông Nam Á', points: 1 },
                {
                  textVi: 'Có thể xuất khẩu các thị trường ngoài khu vực Đông Nam Á',
                  points: 3,
                },
                {
                  textVi: 'Có thể xuất khẩu đến các thị trường có tiêu chuẩn cao (Mỹ, Nhật, EU...)',
                  points: 5,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  decisions: [
    {
      nodeCode: 'A.2.a',
      kind: 'typo',
      source: 'option 3 reads "Sản phẩm được sản xuất ở nhiêu nơi trên địa bàn"',
      chosen: 'option 3 reads "nhiều nơi" (in many places)',
      reason:
        'A missing tone mark: "nhiêu" is not a word here; the same option reads "nhiều nơi" in every other set that has it.',
      chosenVi: 'Phương án 3 ghi "nhiều nơi".',
      reasonVi:
        'Thiếu dấu thanh: "nhiêu" không có nghĩa ở đây; cùng phương án này ở mọi bộ sản phẩm khác đều ghi "nhiều nơi".',
      textCorrection: { option: 3, from: 'nhiêu nơi', to: 'nhiều nơi' },
    },
    {
      nodeCode: 'A.3.e',
      kind: 'typo',
      source: 'option 2 reads "được cấp giấy chứng nhận đang ký; và sản phẩm…"',
      chosen: 'option 2 reads "giấy chứng nhận đăng ký" (registration certificate)',
      reason:
        'A missing letter: option 1 of the same criterion, and this option in every other set, read "giấy chứng nhận đăng ký".',
      chosenVi: 'Phương án 2 ghi "giấy chứng nhận đăng ký".',
      reasonVi:
        'Thiếu chữ: phương án 1 của cùng tiêu chí, và phương án này ở mọi bộ sản phẩm khác, đều ghi "giấy chứng nhận đăng ký".',
      textCorrection: { option: 2, from: 'chứng nhận đang ký', to: 'chứng nhận đăng ký' },
    },
    {
      nodeCode: 'C.6.b',
      kind: 'structure',
      source: 'best option text ends with "Ghi chú: Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ"',
      chosen: 'the note is a knock-out note of the criterion; option text without it',
      reason: 'It is a rule about the whole evaluation, not part of the option.',
      chosenVi: 'Ghi chú này là điều kiện loại của tiêu chí; nội dung phương án không kèm ghi chú đó.',
      reasonVi: 'Đây là quy định áp dụng cho cả việc đánh giá sản phẩm, không phải nội dung của phương án.',
    },
  ],
};
